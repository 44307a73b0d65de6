package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: a promise was made. Its description is sealed with the couple's key (revision 2;
 * revision 1 held it in clear and is no longer read: see docs/events.md); {@code fingerprint}
 * recognises a retried make without keeping the words. {@code deadlineId} names the scheduled
 * {@code promise-due} deadline of a promise with a due time (added later, absent from older events:
 * those promises never miss).
 */
@Revision("2")
public record PromiseMade(String promiseId, String coupleId, String promiserId, String promiseeId,
                          Sealed description, String fingerprint, @Nullable Instant dueAt,
                          @Nullable String deadlineId) implements PromiseEvent {

    public PromiseMade(String promiseId, String coupleId, String promiserId, String promiseeId,
                       Sealed description, String fingerprint, @Nullable Instant dueAt) {
        this(promiseId, coupleId, promiserId, promiseeId, description, fingerprint, dueAt, null);
    }
}
