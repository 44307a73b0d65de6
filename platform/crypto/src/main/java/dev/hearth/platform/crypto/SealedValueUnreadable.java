package dev.hearth.platform.crypto;

/**
 * A sealed value that cannot be opened. Its message names the couple, aggregate and field, never
 * the value or a key.
 */
public final class SealedValueUnreadable extends RuntimeException {

    /** Why it cannot be opened. */
    public enum Reason {
        /** No key of that version exists for the couple: it was shredded with the couple, or never stored. */
        KEY_GONE,
        /** The key exists but the value does not open with it: changed, or sealed for another couple, aggregate or field. */
        NOT_AUTHENTIC
    }

    private final Reason reason;

    public SealedValueUnreadable(Reason reason, Aad aad, int version) {
        super("the " + aad.field() + " of " + aad.aggregateId() + " in couple " + aad.coupleId()
                + " (key version " + version + ") cannot be opened: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
