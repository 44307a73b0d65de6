package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The promisee let the promiser off, without blame; the note stays inside commitment-service. Never counted against trust. */
public record PromiseReleased(String promiseId, String coupleId, String promiserId, String promiseeId,
                              String recordedBy, @Nullable Instant dueAt) implements PublicCommitmentEvent {
}
