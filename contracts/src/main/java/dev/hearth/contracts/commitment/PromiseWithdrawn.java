package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The promiser took the promise back before its due time; the note stays inside commitment-service. Never counted against trust. */
public record PromiseWithdrawn(String promiseId, String coupleId, String promiserId, String promiseeId,
                               String recordedBy, @Nullable Instant dueAt) implements PublicCommitmentEvent {
}
