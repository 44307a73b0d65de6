package dev.hearth.journal.entry;

/** How the other partner met a shared entry. EMPATHY and SUPPORT are the caring answers insights counts. */
public enum Response {
    HEARD, EMPATHY, SUPPORT, QUESTION
}
