package dev.hearth.commitment.promise;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Internal event: the promise's due time (plus the grace) passed while it was open, recorded by the
 * service itself when its {@code promise-due} deadline fired: nobody recorded it.
 */
@Revision("1")
public record PromiseMissed(String promiseId, String coupleId, String promiserId, String promiseeId,
                            Instant dueAt) implements PromiseEvent {
}
