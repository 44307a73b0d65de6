package dev.hearth.journal.entry;

/** What an entry is: APPRECIATION names the partner appreciated, the others name nobody. */
public enum EntryKind {
    REFLECTION, APPRECIATION, VULNERABILITY, GRATITUDE
}
