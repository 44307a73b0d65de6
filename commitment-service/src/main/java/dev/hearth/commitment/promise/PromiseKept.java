package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: the promise was kept. Carries both partners so no consumer has to join it to
 * {@link PromiseMade}; the note, if any, sealed with the couple's key (revision 2). Added since, and
 * absent from older events: the {@code dueAt} the keep belongs to, {@code late} for a keep after it,
 * and the retry key it was sent with.
 */
@Revision("2")
public record PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String recordedBy, @Nullable Sealed note,
                          @Nullable Instant dueAt,
                          boolean late,
                          @Nullable RetryKey retryKey) implements PromiseEvent {

    public PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy,
                       @Nullable Sealed note) {
        this(promiseId, coupleId, promiserId, promiseeId, recordedBy, note, null, false, null);
    }
}
