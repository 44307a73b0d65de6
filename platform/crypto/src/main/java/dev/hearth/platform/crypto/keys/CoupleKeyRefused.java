package dev.hearth.platform.crypto.keys;

/**
 * A couple (or an author in it) has no key and the {@link KeyCreationGuard} refused to make one:
 * the couple was erased, or the author is no longer in it. Services answer it as
 * {@code couple-not-found}. Carries no text: nothing about the couple is worth saying.
 */
public final class CoupleKeyRefused extends RuntimeException {

    public CoupleKeyRefused() {
        super(null, null, false, false);
    }
}
