package dev.hearth.platform.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /** As a read model stores it, {@code {v, nonce, ct}}: a map, so any document type takes it without this module knowing it. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", v);
        fields.put("nonce", nonce);
        fields.put("ct", ct);
        return fields;
    }

    /** Back from what {@link #fields()} gave (a BSON document is such a map). */
    public static Sealed from(Map<String, ?> fields) {
        return new Sealed(((Number) fields.get("v")).intValue(), (String) fields.get("nonce"), (String) fields.get("ct"));
    }
}
