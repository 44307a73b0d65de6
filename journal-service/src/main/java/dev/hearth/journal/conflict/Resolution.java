package dev.hearth.journal.conflict;

/** How a conflict ended. Agreeing to disagree is a resolution too. */
public enum Resolution {
    AGREEMENT, COMPROMISE, AGREE_TO_DISAGREE
}
