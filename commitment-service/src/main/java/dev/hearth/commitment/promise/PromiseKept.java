package dev.hearth.commitment.promise;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: the promise was kept. Carries both partners so no consumer has to join it to {@link PromiseMade}. */
@Revision("1")
public record PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String recordedBy, @Nullable String note) implements PromiseEvent {
}
