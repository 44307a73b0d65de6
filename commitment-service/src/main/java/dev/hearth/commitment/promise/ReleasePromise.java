package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promisee lets the promiser off, without blame; {@code idempotencyKey} makes a retry with the same body harmless. */
public record ReleasePromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                          @Nullable String note, @Nullable String idempotencyKey) implements PromiseOutcome.Noted {

    @Override public String action() { return "release"; }

    // Commands can end up in logs and exception messages: never with what was written.
    @Override public String toString() { return describe(); }
}
