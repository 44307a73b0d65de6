package dev.hearth.journal.couple;

/** Where a couple is in its life: open to writes, read-only after a partner left, or gone. */
public enum CoupleStatus {
    ACTIVE,
    /** A partner left: it takes no new partner and no writes; whoever remains may read, export and erase it. */
    CLOSED,
    /** Its keys are shredded: every command answers as if it never existed, and its id is never reused. */
    ERASED
}
