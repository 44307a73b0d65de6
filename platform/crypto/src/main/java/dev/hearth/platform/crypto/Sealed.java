package dev.hearth.platform.crypto;

import java.util.Objects;

/**
 * A value encrypted with one version of its couple's key: AES-GCM with a random 96-bit nonce, the
 * ciphertext carrying the 128-bit tag. What the event store, the read models and nothing else keep
 * of a text a partner typed. Stored as {@code {v, nonce, ct}} (base64), so a later key rotation can
 * add versions while older values stay readable.
 *
 * @param v     the version of the couple key it was sealed with, from 1
 * @param nonce the 12-byte nonce, base64
 * @param ct    ciphertext and tag, base64
 */
public record Sealed(int v, String nonce, String ct) {

    public Sealed {
        if (v < 1) {
            throw new IllegalArgumentException("key versions start at 1, got " + v);
        }
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ct, "ct");
    }
}
