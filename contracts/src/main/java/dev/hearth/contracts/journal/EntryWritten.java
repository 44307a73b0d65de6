package dev.hearth.contracts.journal;

import org.jspecify.annotations.Nullable;

/**
 * A partner shared an entry with the other (a bid for attention). Published for SHARED entries
 * only: a PRIVATE entry publishes nothing, not even its time or length. Its time is {@code ce_time}.
 *
 * @param kind                 REFLECTION, APPRECIATION, VULNERABILITY or GRATITUDE
 * @param wordCount            runs of non-whitespace characters in the text
 * @param appreciatedPartnerId the partner an APPRECIATION is for; absent for other kinds
 */
public record EntryWritten(String entryId, String coupleId, String authorId, String kind, int wordCount,
                           @Nullable String appreciatedPartnerId) implements PublicJournalEvent {
}
