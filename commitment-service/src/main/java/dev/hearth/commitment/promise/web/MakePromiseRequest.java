package dev.hearth.commitment.promise.web;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/couples/{coupleId}/promises}. Every field is optional for Jackson, so a
 * missing one is reported by name by the edge rather than as an unreadable body.
 *
 * @param promiseId  a client-chosen UUID, which makes a retry harmless
 * @param recurrence refused for now: recurring promises come with the promise lifecycle
 */
record MakePromiseRequest(@Nullable String promiseId, @Nullable String promiseeId, @Nullable String description,
                          @Nullable OffsetDateTime dueAt, @Nullable Object recurrence) {
}
