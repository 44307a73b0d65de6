package dev.hearth.contracts.journal;

/** A partner opened a conflict. Its topic stays in journal-service. */
public record ConflictOpened(String conflictId, String coupleId, String openedBy) implements PublicJournalEvent {
}
