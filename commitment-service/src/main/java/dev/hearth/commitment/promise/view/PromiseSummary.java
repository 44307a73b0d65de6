package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.PromiseStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A promise as the couple's list shows it. */
public record PromiseSummary(String promiseId, String promiserId, String promiseeId, String description,
                             @Nullable Instant dueAt, PromiseStatus status, Instant madeAt,
                             @Nullable Instant closedAt) {
}
