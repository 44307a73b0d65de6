package dev.hearth.contracts.journal;

import java.time.Instant;

/**
 * The other partner answered a shared entry. Carries what insights needs to fold the answer into
 * the day of the entry it answers, without keeping the entry: its author, kind and writing time.
 *
 * @param entryKind      the kind of the acknowledged entry (REFLECTION, APPRECIATION, VULNERABILITY, GRATITUDE)
 * @param response       HEARD, EMPATHY, SUPPORT or QUESTION
 * @param entryWrittenAt when the acknowledged entry was written
 */
public record EntryAcknowledged(String entryId, String coupleId, String authorId, String entryKind,
                                String acknowledgedBy, String response, Instant entryWrittenAt)
        implements PublicJournalEvent {
}
