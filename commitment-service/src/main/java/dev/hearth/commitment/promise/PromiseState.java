package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A promise as its events leave it, its description still sealed: the one fold of a promise's
 * stream, by which the aggregate decides, the history read answers and the list projection files
 * the promise.
 */
public record PromiseState(String promiseId, String coupleId, String promiserId, String promiseeId,
                           Sealed description, String fingerprint, @Nullable Instant dueAt, PromiseStatus status) {

    /** The promise after {@code event}; {@code before} is null until the promise was made. */
    public static PromiseState after(@Nullable PromiseState before, PromiseEvent event) {
        PromiseStatus status = PromiseStatus.after(event);
        return switch (event) {
            case PromiseMade made -> new PromiseState(made.promiseId(), made.coupleId(), made.promiserId(),
                    made.promiseeId(), made.description(), made.fingerprint(), made.dueAt(), status);
            case PromiseKept kept -> made(before, kept).withStatus(status);
            case PromiseBroken broken -> made(before, broken).withStatus(status);
        };
    }

    /** Whether the user is one of the two partners of this promise. */
    public boolean isBetween(String userId) {
        return userId.equals(promiserId) || userId.equals(promiseeId);
    }

    private PromiseState withStatus(PromiseStatus newStatus) {
        return new PromiseState(promiseId, coupleId, promiserId, promiseeId, description, fingerprint, dueAt, newStatus);
    }

    private static PromiseState made(@Nullable PromiseState before, PromiseEvent event) {
        return Objects.requireNonNull(before, () -> event.getClass().getSimpleName() + " before PromiseMade in promise "
                + event.promiseId());
    }
}
