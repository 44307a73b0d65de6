package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promisee records that the promise was broken. */
public record BreakPromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                           @Nullable String note) implements PromiseCommand {

    // Commands can end up in logs and exception messages: never with what was written.
    @Override
    public String toString() {
        return "BreakPromise[promiseId=" + promiseId + ", coupleId=" + coupleId + ", recordedBy=" + recordedBy + "]";
    }
}
