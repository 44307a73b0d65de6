package dev.hearth.platform.crypto;

/**
 * Seals and opens what partners type with their couple's key, or with one author's own key for
 * text only its author reads. Aggregates take it as a command handler parameter (as they take
 * their registries) and seal while deciding, so a key is created in the transaction that appends
 * the first event needing it: a command that rolls back leaves no key behind. Readers open what
 * views and events hold. Neither plaintext nor keys ever appear in an exception message.
 *
 * <p>Sealing inside a transaction takes a shared transaction-scoped advisory lock on the couple,
 * which erasure takes exclusively ({@link dev.hearth.platform.crypto.keys.CoupleKeyShredder}): a
 * write racing an erasure either commits first and is shredded with the rest, or waits and then
 * finds no key (and may not make one: {@link dev.hearth.platform.crypto.keys.KeyCreationGuard}).
 */
public interface Vault {

    /**
     * Seals {@code plaintext} with the couple's current key, creating the couple's first key (in the
     * current transaction) when it has none.
     *
     * @throws dev.hearth.platform.crypto.keys.CoupleKeyRefused if the couple has no key and may not get one
     */
    Sealed seal(Aad aad, String plaintext);

    /**
     * Seals text only {@code authorId} reads with that author's own key in the couple, created like
     * the couple's: leaving shreds it, and with it everything it sealed.
     *
     * @throws dev.hearth.platform.crypto.keys.CoupleKeyRefused if the author has no key and may not get one
     */
    Sealed sealForAuthor(Aad aad, String authorId, String plaintext);

    /**
     * Opens a value sealed for exactly this couple, aggregate and field (with the couple's key or,
     * when {@link Sealed#author()} names one, that author's).
     *
     * @throws SealedValueUnreadable if the key is gone (the couple was erased, the author left) or the
     *         value does not open with it (tampered with, or sealed for another place)
     */
    String open(Aad aad, Sealed sealed);

    /**
     * An HMAC-SHA-256 fingerprint of {@code content} under a key derived from the couple's current
     * key, as {@code <version>:<base64url>}: what an aggregate keeps to recognise a retried create
     * without keeping its text. Bound to {@code aad}, so equal texts of two entries do not match.
     */
    String fingerprint(Aad aad, String content);

    /** Whether {@code content} has this fingerprint (computed with the key version it names). */
    boolean matches(Aad aad, String fingerprint, String content);
}
