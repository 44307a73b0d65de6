package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: the promiser changed the due time, the description, or both, before the due time.
 * Immediate: the promisee sees it in the history and keeps the last word (release, or break).
 *
 * @param description the new description, sealed; null when it did not change
 * @param fingerprint the new description's fingerprint; null when it did not change
 * @param dueAt       the due time from now on (unchanged if only the description changed)
 * @param deadlineId  the {@code promise-due} deadline replacing the previous one; null when the due time did not change
 */
@Revision("1")
public record PromiseRenegotiated(String promiseId, String coupleId, String promiserId, String promiseeId,
                                  String recordedBy, @Nullable Instant previousDueAt, @Nullable Instant dueAt,
                                  @Nullable Sealed description, @Nullable String fingerprint,
                                  @Nullable String deadlineId,
                                  @Nullable RetryKey retryKey) implements PromiseEvent {
}
