package dev.hearth.platform.crypto.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * The service's master key: 32 random bytes (base64 in {@code hearth.crypto.master-key}), used only
 * to wrap and unwrap couple keys. Its {@link #id()} is a one-way HMAC of itself, stored beside every
 * key it wrapped, so a service started with another master key sees that and refuses to start.
 */
public final class MasterKey {

    static final String VARIABLE = "HEARTH_MASTER_KEY";
    static final String PROPERTY = "hearth.crypto.master-key";

    private final byte[] bytes;
    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        this.bytes = bytes.clone();
        this.key = AesGcm.key(this.bytes);
        this.id = HexFormat.of().formatHex(Arrays.copyOf(
                AesGcm.hmac(this.bytes, "hearth master key id".getBytes(StandardCharsets.US_ASCII)), 16));
    }

    /**
     * @throws IllegalArgumentException naming the variable (never echoing the value) unless it is
     *         exactly 32 bytes in base64
     */
    public static MasterKey fromBase64(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " (" + PROPERTY + ") is not base64: it must be "
                    + AesGcm.KEY_BYTES + " random bytes in base64, e.g. from `openssl rand -base64 32`");
        }
        if (decoded.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException(VARIABLE + " (" + PROPERTY + ") holds " + decoded.length
                    + " bytes: it must be " + AesGcm.KEY_BYTES + " random bytes in base64, e.g. from `openssl rand -base64 32`");
        }
        return new MasterKey(decoded);
    }

    /** A new random master key (for tests and tools), as base64. */
    public static String generateBase64() {
        return Base64.getEncoder().encodeToString(AesGcm.randomBytes(new SecureRandom(), AesGcm.KEY_BYTES));
    }

    /** Identifies this key without revealing it: the first 16 bytes of HMAC-SHA-256(key, "hearth master key id"), hex. */
    public String id() {
        return id;
    }

    /** {@code nonce || AES-GCM(data key)}, bound to the couple, author scope and version it belongs to. */
    byte[] wrap(String coupleId, String authorId, int version, byte[] dataKey, SecureRandom random) {
        byte[] nonce = AesGcm.randomBytes(random, AesGcm.NONCE_BYTES);
        byte[] sealed = AesGcm.encrypt(key, nonce, aad(coupleId, authorId, version), dataKey);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] unwrap(String coupleId, String authorId, int version, byte[] wrapped) {
        try {
            return AesGcm.decrypt(key, Arrays.copyOf(wrapped, AesGcm.NONCE_BYTES), aad(coupleId, authorId, version),
                    Arrays.copyOfRange(wrapped, AesGcm.NONCE_BYTES, wrapped.length));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the key of couple " + coupleId + " (version " + version
                    + ") does not unwrap with this master key: " + VARIABLE + " does not match the key table");
        }
    }

    // Couple keys keep the data they were first wrapped with; an author's key adds the author last
    // (a user id may hold '|', and the couple id and version before it cannot).
    private static byte[] aad(String coupleId, String authorId, int version) {
        String scope = authorId.isEmpty() ? "hearth couple key|" + coupleId + "|" + version
                : "hearth author key|" + coupleId + "|" + version + "|" + authorId;
        return scope.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
