package dev.hearth.contracts.journal;

import java.time.Instant;

/**
 * A partner resolved a conflict. Carries when it was opened, so time to repair needs no join.
 *
 * @param resolution AGREEMENT, COMPROMISE or AGREE_TO_DISAGREE
 */
public record ConflictResolved(String conflictId, String coupleId, String resolvedBy, String resolution,
                               Instant openedAt) implements PublicJournalEvent {
}
