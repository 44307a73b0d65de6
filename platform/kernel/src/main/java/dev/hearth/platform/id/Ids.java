package dev.hearth.platform.id;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two kinds of ids at Hearth's edges. Entity ids (couples, promises, entries, conflicts) are
 * UUIDs in canonical lower-case form, so that one id typed in two cases names one thing. User ids
 * are the token's subject, opaque to Hearth: 1–128 characters of {@code [A-Za-z0-9._:@|-]}.
 */
public final class Ids {

    /** An entity id as a client may type it (either case), for Bean Validation's {@code @Pattern}. */
    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** A user id, for Bean Validation's {@code @Pattern}. */
    public static final String USER_ID_PATTERN = "[A-Za-z0-9._:@|-]{1,128}";

    /**
     * An {@code Idempotency-Key}, the one format of every endpoint that takes one: 1–128 visible ASCII
     * characters (no space, no control character), for Bean Validation's {@code @Pattern}.
     */
    public static final String IDEMPOTENCY_KEY_PATTERN = "[\\x21-\\x7E]{1,128}";

    private static final Pattern UUID = Pattern.compile(UUID_PATTERN);
    private static final Pattern USER_ID = Pattern.compile(USER_ID_PATTERN);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile(IDEMPOTENCY_KEY_PATTERN);

    private Ids() {
    }

    public static boolean isEntityId(String raw) {
        return UUID.matcher(raw).matches();
    }

    /** The entity id in canonical form, or empty for text that cannot be one: such a thing simply does not exist. */
    public static Optional<String> entityId(String raw) {
        return isEntityId(raw) ? Optional.of(raw.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The canonical form of text already validated as an entity id (by {@code @Pattern(regexp = UUID_PATTERN)}).
     *
     * @throws IllegalArgumentException if it is not one, which is a bug at the caller
     */
    public static String canonical(String entityId) {
        return entityId(entityId).orElseThrow(() -> new IllegalArgumentException("not a UUID: " + entityId));
    }

    public static boolean isUserId(String raw) {
        return USER_ID.matcher(raw).matches();
    }

    public static boolean isIdempotencyKey(String raw) {
        return IDEMPOTENCY_KEY.matcher(raw).matches();
    }
}
