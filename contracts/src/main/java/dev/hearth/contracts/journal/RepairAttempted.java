package dev.hearth.contracts.journal;

/**
 * A partner attempted a repair of an open conflict. The note, if any, stays in journal-service.
 *
 * @param attempt the attempt's number in its conflict, from 1
 */
public record RepairAttempted(String conflictId, String coupleId, String attemptedBy, int attempt)
        implements PublicJournalEvent {
}
