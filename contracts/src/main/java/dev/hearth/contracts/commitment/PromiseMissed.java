package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The promise's due time (plus the service's grace) passed while it was open: commitment-service
 * recorded it, once. {@code recordedBy} is always omitted — the system recorded it, and any reserved
 * string could be a real user id; it stays in the record so every outcome has the same shape. A
 * late {@link PromiseKept} of the same promise and {@code dueAt} replaces it.
 */
public record PromiseMissed(String promiseId, String coupleId, String promiserId, String promiseeId,
                            @Nullable String recordedBy, Instant dueAt) implements PublicCommitmentEvent {

    public PromiseMissed {
        recordedBy = null;
    }

    public PromiseMissed(String promiseId, String coupleId, String promiserId, String promiseeId, Instant dueAt) {
        this(promiseId, coupleId, promiserId, promiseeId, null, dueAt);
    }
}
