package dev.hearth.commitment.promise;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: the promisee recorded that the promise was broken; the note, if any, sealed (revision 2). */
@Revision("2")
public record PromiseBroken(String promiseId, String coupleId, String promiserId, String promiseeId,
                            String recordedBy, @Nullable Sealed note) implements PromiseEvent {
}
