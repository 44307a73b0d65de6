package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The promise was kept. Carries both partners so consumers never join it to {@link PromiseMade}.
 * Additive since v1 was first published: {@code dueAt}, the due time the keep belongs to (absent
 * for a promise without one, and in older events), and {@code late}, present (true) only for a keep
 * after that due time — it replaces a {@link PromiseMissed} of the same promise and due time.
 */
public record PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String recordedBy, @Nullable Instant dueAt, @Nullable Boolean late) implements PublicCommitmentEvent {

    public PromiseKept {
        late = Boolean.TRUE.equals(late) ? Boolean.TRUE : null;
    }

    public PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy) {
        this(promiseId, coupleId, promiserId, promiseeId, recordedBy, null, null);
    }
}
