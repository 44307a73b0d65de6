package dev.hearth.platform.crypto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value encrypted with one version of its couple's key, or of its author's key in the couple:
 * AES-GCM with a random 96-bit nonce, the ciphertext carrying the 128-bit tag. What the event store,
 * the read models and nothing else keep of a text a partner typed. Stored as
 * {@code {v, nonce, ct}} (base64), plus {@code author} when the author's key sealed it, so a reader
 * opens any value without knowing when or how it was written, and a later key rotation can add
 * versions while older values stay readable.
 *
 * @param v      the version of the key it was sealed with, from 1
 * @param nonce  the 12-byte nonce, base64
 * @param ct     ciphertext and tag, base64
 * @param author the user whose own key sealed it (text only they read), or null: the couple's key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sealed(int v, String nonce, String ct, @Nullable String author) {

    public Sealed {
        if (v < 1) {
            throw new IllegalArgumentException("key versions start at 1, got " + v);
        }
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ct, "ct");
    }

    /** Sealed with the couple's key. */
    public Sealed(int v, String nonce, String ct) {
        this(v, nonce, ct, null);
    }

    /** As a read model stores it, {@code {v, nonce, ct[, author]}}: a map, so any document type takes it without this module knowing it. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", v);
        fields.put("nonce", nonce);
        fields.put("ct", ct);
        if (author != null) {
            fields.put("author", author);
        }
        return fields;
    }

    /** Back from what {@link #fields()} gave (a BSON document is such a map). */
    public static Sealed from(Map<String, ?> fields) {
        return new Sealed(((Number) fields.get("v")).intValue(), (String) fields.get("nonce"), (String) fields.get("ct"),
                (String) fields.get("author"));
    }
}
