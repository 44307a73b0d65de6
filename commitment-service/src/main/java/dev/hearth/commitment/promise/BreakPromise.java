package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promisee records that the promise was broken. */
public record BreakPromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                           @Nullable String note) implements PromiseCommand {
}
