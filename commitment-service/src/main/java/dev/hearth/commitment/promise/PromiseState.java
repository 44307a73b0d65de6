package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A promise as its events leave it, its description still sealed: the one fold of a promise's
 * stream, by which the aggregate decides, the history read answers and the list projection files
 * the promise.
 *
 * @param deadlineId the pending {@code promise-due} deadline, while one may be pending
 */
public record PromiseState(String promiseId, String coupleId, String promiserId, String promiseeId,
                           Sealed description, String fingerprint, @Nullable Instant dueAt, PromiseStatus status,
                           @Nullable String deadlineId) {

    /** The promise after {@code event}; {@code before} is null until the promise was made. */
    public static PromiseState after(@Nullable PromiseState before, PromiseEvent event) {
        PromiseStatus status = PromiseStatus.after(event);
        return switch (event) {
            case PromiseMade made -> new PromiseState(made.promiseId(), made.coupleId(), made.promiserId(),
                    made.promiseeId(), made.description(), made.fingerprint(), made.dueAt(), status, made.deadlineId());
            case PromiseRenegotiated renegotiated -> {
                PromiseState promise = made(before, renegotiated);
                yield new PromiseState(promise.promiseId, promise.coupleId, promise.promiserId, promise.promiseeId,
                        Objects.requireNonNullElse(renegotiated.description(), promise.description),
                        Objects.requireNonNullElse(renegotiated.fingerprint(), promise.fingerprint),
                        renegotiated.dueAt(), status,
                        renegotiated.deadlineId() != null ? renegotiated.deadlineId() : promise.deadlineId);
            }
            // A closed promise has no deadline left: cancelled with the outcome, or fired (missed).
            case PromiseKept kept -> made(before, kept).closed(status);
            case PromiseBroken broken -> made(before, broken).closed(status);
            case PromiseMissed missed -> made(before, missed).closed(status);
            case PromiseReleased released -> made(before, released).closed(status);
            case PromiseWithdrawn withdrawn -> made(before, withdrawn).closed(status);
        };
    }

    /** Whether the user is one of the two partners of this promise. */
    public boolean isBetween(String userId) {
        return userId.equals(promiserId) || userId.equals(promiseeId);
    }

    private PromiseState closed(PromiseStatus newStatus) {
        return new PromiseState(promiseId, coupleId, promiserId, promiseeId, description, fingerprint, dueAt, newStatus, null);
    }

    private static PromiseState made(@Nullable PromiseState before, PromiseEvent event) {
        return Objects.requireNonNull(before, () -> event.getClass().getSimpleName() + " before PromiseMade in promise "
                + event.promiseId());
    }
}
