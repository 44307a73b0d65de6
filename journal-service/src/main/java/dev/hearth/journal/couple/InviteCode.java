package dev.hearth.journal.couple;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An invite code: 128 bits, URL-safe base64 without padding (22 characters). The bits are random, or
 * for a keyed invite HMAC-SHA-256(secret, {@code coupleId|inviterId|key}) cut to its first 128 bits,
 * so a retry computes the same code without the code being kept anywhere. Only its SHA-256 is ever
 * stored, so a leaked database or event store does not hand out invites; the secret lives outside
 * both, and without it a key does not lead to its code.
 */
public record InviteCode(String value) {

    private static final String HMAC = "HmacSHA256";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    public InviteCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an invite code is 22 characters of URL-safe base64");
        }
    }

    public static InviteCode random(SecureRandom random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return new InviteCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** The code of a keyed invite: the same couple, inviter and key always give the same code. */
    public static InviteCode keyed(byte[] secret, String coupleId, String inviterId, String idempotencyKey) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            byte[] digest = mac.doFinal((coupleId + "|" + inviterId + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return new InviteCode(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has " + HMAC, e);
        }
    }

    /** Empty for anything that cannot be a code we made, so it is simply not found. */
    public static Optional<InviteCode> parse(String raw) {
        return FORMAT.matcher(raw).matches() ? Optional.of(new InviteCode(raw)) : Optional.empty();
    }

    /** Lower-case hex SHA-256 of the code's characters: what the aggregate and the lookup table keep. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "InviteCode[redacted]";
    }
}
