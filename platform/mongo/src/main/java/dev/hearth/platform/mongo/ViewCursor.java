package dev.hearth.platform.mongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Where a list's next page starts, as an opaque string handed to the client: the fields a view
 * needs to go on, tagged with the list it belongs to (its {@code scope}, e.g. the couple and the
 * caller), so a cursor of another couple's or another caller's list is refused. The tag tells
 * lists apart; it is not a secret: whoever decodes a cursor must still check that what it names is
 * theirs to read.
 */
public final class ViewCursor {

    private static final char SEPARATOR = '\n';

    private ViewCursor() {
    }

    public static String encode(String scope, List<String> fields) {
        StringBuilder raw = new StringBuilder(tag(scope));
        for (String field : fields) {
            if (field.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a cursor field must not contain a line break");
            }
            raw.append(SEPARATOR).append(field);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when it is not a cursor of this scope with this many fields
     */
    public static List<String> decode(String cursor, String scope, int fields) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor");
        }
        List<String> parts = Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1));
        if (parts.size() != fields + 1 || !parts.get(0).equals(tag(scope))) {
            throw new IllegalArgumentException("not a cursor of this list");
        }
        return List.copyOf(parts.subList(1, parts.size()));
    }

    private static String tag(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
