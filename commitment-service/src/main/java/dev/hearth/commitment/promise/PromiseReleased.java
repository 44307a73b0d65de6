package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: the promisee let the promiser off, without blame; the note, if any, sealed. Added
 * since, and absent from older events: {@code reason}, {@value #PARTNER_LEFT} when the service released
 * it because a partner left the couple ({@code recordedBy} is then the leaver).
 */
@Revision("1")
public record PromiseReleased(String promiseId, String coupleId, String promiserId, String promiseeId,
                              String recordedBy, @Nullable Sealed note, @Nullable Instant dueAt,
                              @Nullable RetryKey retryKey, @Nullable String reason) implements PromiseEvent {

    public static final String PARTNER_LEFT = dev.hearth.contracts.commitment.PromiseReleased.PARTNER_LEFT;

    public PromiseReleased(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy,
                           @Nullable Sealed note, @Nullable Instant dueAt, @Nullable RetryKey retryKey) {
        this(promiseId, coupleId, promiserId, promiseeId, recordedBy, note, dueAt, retryKey, null);
    }
}
