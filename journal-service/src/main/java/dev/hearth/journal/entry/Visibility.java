package dev.hearth.journal.entry;

/** PRIVATE: the author alone ever reads it, and nothing of it is published. SHARED: both partners, a bid for attention. */
public enum Visibility {
    PRIVATE, SHARED
}
