package dev.hearth.commitment.promise;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: a promise was made. The description stays inside commitment-service. */
@Revision("1")
public record PromiseMade(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String description, @Nullable Instant dueAt) implements PromiseEvent {
}
