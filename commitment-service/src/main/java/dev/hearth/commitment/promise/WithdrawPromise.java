package dev.hearth.commitment.promise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promiser takes the promise back, before its due time; {@code idempotencyKey} makes a retry with the same body harmless. */
public record WithdrawPromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                          @Nullable String note, @Nullable String idempotencyKey) implements PromiseOutcome.Noted {

    @Override public String action() { return "withdraw"; }

    // Commands can end up in logs and exception messages: never with what was written.
    @Override public String toString() { return describe(); }
}
