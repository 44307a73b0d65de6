package dev.hearth.platform.crypto.keys;

/**
 * A couple (or an author in it) has no key and the {@link KeyCreationGuard} refused to make one:
 * the couple was erased, or the author is no longer in it. Services answer it as
 * {@code couple-not-found}. Its message is empty: nothing about the couple is worth logging.
 */
public final class CoupleKeyRefused extends RuntimeException {

    private final String coupleId;

    public CoupleKeyRefused(String coupleId) {
        super(null, null, false, false);
        this.coupleId = coupleId;
    }

    /** For the {@code couple-not-found} answer. */
    public String coupleId() {
        return coupleId;
    }
}
