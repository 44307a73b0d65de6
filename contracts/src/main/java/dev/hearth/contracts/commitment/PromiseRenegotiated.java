package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The promiser changed the due time, the description or both, at once (the promisee keeps the last
 * word: release, or break). Whether the description changed, never what it says.
 *
 * @param dueAt         the due time from now on
 * @param previousDueAt the due time before
 */
public record PromiseRenegotiated(String promiseId, String coupleId, String promiserId, String promiseeId,
                                  String recordedBy, @Nullable Instant dueAt, @Nullable Instant previousDueAt,
                                  boolean descriptionChanged) implements PublicCommitmentEvent {
}
