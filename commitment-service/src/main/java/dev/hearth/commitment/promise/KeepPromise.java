package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** Either partner records that the promise was kept. */
public record KeepPromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                          @Nullable String note) implements PromiseCommand {
}
