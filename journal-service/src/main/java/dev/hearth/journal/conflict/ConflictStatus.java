package dev.hearth.journal.conflict;

/** OPEN until resolved; RESOLVED is final. */
public enum ConflictStatus {
    OPEN, RESOLVED
}
