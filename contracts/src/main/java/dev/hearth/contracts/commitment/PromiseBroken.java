package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The promisee recorded that the promise was broken. Additive since v1 was first published:
 * {@code dueAt}, the due time the break belongs to (absent for a promise without one, and in older events).
 */
public record PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId,
                            String recordedBy, @Nullable Instant dueAt) implements PublicCommitmentEvent {

    public PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy) {
        this(promiseId, coupleId, promiserId, promiseeId, recordedBy, null);
    }
}
