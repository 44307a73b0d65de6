package dev.hearth.commitment.promise;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: the promisee recorded that the promise was broken. */
@Revision("1")
public record PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId,
                            String recordedBy, @Nullable String note) implements PromiseEvent {
}
