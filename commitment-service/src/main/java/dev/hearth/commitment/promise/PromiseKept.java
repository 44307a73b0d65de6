package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: the promise was kept. Carries both partners so no consumer has to join it to
 * {@link PromiseMade}; the note, if any, sealed with the couple's key (revision 2).
 */
@Revision("2")
public record PromiseKept(String promiseId, String coupleId, String promiserId, String promiseeId,
                          String recordedBy, @Nullable Sealed note) implements PromiseEvent {
}
