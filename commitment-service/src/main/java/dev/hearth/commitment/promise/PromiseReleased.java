package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: the promisee let the promiser off, without blame; the note, if any, sealed. */
@Revision("1")
public record PromiseReleased(String promiseId, String coupleId, String promiserId, String promiseeId,
                              String recordedBy, @Nullable Sealed note, @Nullable Instant dueAt,
                              @Nullable RetryKey retryKey) implements PromiseEvent {
}
