package dev.hearth.platform.crypto;

/**
 * Seals and opens what partners type with their couple's key. Aggregates take it as a command
 * handler parameter (as they take their registries) and seal while deciding, so a couple's first
 * key is created in the transaction that appends the first event needing it: a command that rolls
 * back leaves no key behind. Readers open what views and events hold. Neither plaintext nor keys
 * ever appear in an exception message.
 */
public interface Vault {

    /**
     * Seals {@code plaintext} with the couple's current key, creating the couple's first key (in the
     * current transaction) when it has none.
     */
    Sealed seal(Aad aad, String plaintext);

    /**
     * Opens a value sealed for exactly this couple, aggregate and field.
     *
     * @throws SealedValueUnreadable if the key is gone (the couple was erased) or the value does not
     *         open with it (tampered with, or sealed for another place)
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
