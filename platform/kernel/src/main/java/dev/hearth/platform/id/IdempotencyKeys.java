package dev.hearth.platform.id;

import dev.hearth.platform.problem.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of what a create makes, whoever chose it: the client's own id, else a name-based UUID of the
 * {@code Idempotency-Key} header scoped to the caller and the resource (the same key from the same
 * caller for the same kind of thing in the same couple names the same thing), else a new random one.
 * A key is 1–128 visible ASCII characters; it is never published.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private IdempotencyKeys() {
    }

    /**
     * @param kind     what is created, e.g. {@code entry}
     * @param clientId the id the client chose (already validated as a UUID), or null
     * @param key      the {@code Idempotency-Key} header, or null
     * @throws Rejection {@code invalid-request} naming the header when it is not 1–128 visible ASCII characters
     */
    public static String idFor(String kind, String coupleId, String callerId, @Nullable String clientId, @Nullable String key) {
        if (key != null && !FORMAT.matcher(key).matches()) {
            throw Rejection.invalid(HEADER, HEADER + " must be 1 to 128 visible ASCII characters");
        }
        if (clientId != null) {
            return Ids.canonical(clientId);
        }
        if (key != null) {
            String name = kind + "|" + coupleId + "|" + callerId + "|" + key;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }
}
