package dev.hearth.commitment.promise;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promiser changes the due time, the description or both, before the due time; at least one of them. */
public record RenegotiatePromise(@TargetAggregateIdentifier String promiseId, String coupleId, String recordedBy,
                                 @Nullable Instant dueAt, @Nullable String description,
                                 @Nullable String idempotencyKey) implements PromiseOutcome {

    @Override
    public String request() {
        return "renegotiate|" + dueAt + "|" + (description == null ? "" : description);
    }

    // Commands can end up in logs and exception messages: never with what was written.
    @Override
    public String toString() {
        return "RenegotiatePromise[promiseId=" + promiseId + ", coupleId=" + coupleId + ", recordedBy=" + recordedBy
                + ", dueAt=" + dueAt + "]";
    }
}
