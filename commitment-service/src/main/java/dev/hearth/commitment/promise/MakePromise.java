package dev.hearth.commitment.promise;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** The promiser (the caller) promises the promisee (the partner) something, optionally by a due time. */
public record MakePromise(@TargetAggregateIdentifier String promiseId, String coupleId, String promiserId,
                          String promiseeId, String description, @Nullable Instant dueAt) implements PromiseCommand {

    // Commands can end up in logs and exception messages: never with what was written.
    @Override
    public String toString() {
        return "MakePromise[promiseId=" + promiseId + ", coupleId=" + coupleId + ", promiserId=" + promiserId + ", promiseeId=" + promiseeId + ", dueAt=" + dueAt + "]";
    }
}
