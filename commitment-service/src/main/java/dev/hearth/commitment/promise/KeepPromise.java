package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Either partner records that the promise was kept. */
public record KeepPromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                          @Nullable String note) implements PromiseCommand {

    // Commands can end up in logs and exception messages: never with what was written.
    @Override
    public String toString() {
        return "KeepPromise[promiseId=" + promiseId + ", coupleId=" + coupleId + ", recordedBy=" + recordedBy + "]";
    }
}
