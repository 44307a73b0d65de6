package dev.hearth.journal.words;

/** How a partner felt, optionally given with an entry or a check-in; sealed like text, never published. */
public enum Mood {
    HAPPY, CALM, GRATEFUL, HOPEFUL, TIRED, ANXIOUS, SAD, HURT, ANGRY
}
