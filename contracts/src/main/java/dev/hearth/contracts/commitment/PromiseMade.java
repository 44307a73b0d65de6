package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The promiser promised the promisee something; the description stays inside commitment-service. */
public record PromiseMade(String promiseId, String coupleId, String promiserId, String promiseeId,
                          @Nullable Instant dueAt) implements PublicCommitmentEvent {
}
