package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: the promisee recorded that the promise was broken; the note, if any, sealed
 * (revision 2). Added since, absent from older events: the {@code dueAt} it belongs to, the retry key.
 */
@Revision("2")
public record PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId,
                            String recordedBy, @Nullable Sealed note,
                            @Nullable Instant dueAt,
                            @Nullable RetryKey retryKey) implements PromiseEvent {

    public PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy,
                         @Nullable Sealed note) {
        this(promiseId, coupleId, promiserId, promiseeId, recordedBy, note, null, null);
    }
}
