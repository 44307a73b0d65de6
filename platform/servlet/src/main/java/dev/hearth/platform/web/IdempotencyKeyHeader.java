package dev.hearth.platform.web;

import dev.hearth.platform.id.IdempotencyKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * A create's {@code Idempotency-Key} header, as controllers take it ({@code IdempotencyKeyHeader idempotencyKey}; its format is checked as {@link IdempotencyKey} says),
 * so every create names what it makes the same way ({@link IdempotencyKeys}).
 *
 * @param value the header, or null when the request has none
 */
public record IdempotencyKeyHeader(@Nullable String value) {

    /** The request's header; several values are joined with commas, as {@code @RequestHeader String} binds them. */
    static IdempotencyKeyHeader of(NativeWebRequest request) {
        String[] values = request.getHeaderValues(IdempotencyKeys.HEADER);
        return new IdempotencyKeyHeader(values == null ? null : String.join(",", values));
    }

    /**
     * The id of what the create makes: the client's own id, else one derived from this key for the
     * caller, the couple and the kind of thing, else a new one.
     *
     * @throws dev.hearth.platform.problem.Rejection {@code invalid-request} naming the header when it is not
     *         1–128 visible ASCII characters
     */
    public String idFor(String kind, String coupleId, String callerId, @Nullable String clientId) {
        return IdempotencyKeys.idFor(kind, coupleId, callerId, clientId, value);
    }
}
