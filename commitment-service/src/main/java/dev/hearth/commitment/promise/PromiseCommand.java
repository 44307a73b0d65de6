package dev.hearth.commitment.promise;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.Rejection;

/** A command to one promise. A promise that was never made answers like one of another couple: not found. */
public sealed interface PromiseCommand extends AggregateCommand permits MakePromise, PromiseOutcome, ReleaseOnLeave {

    String promiseId();

    @Override
    default Rejection aggregateNotFound() {
        return Promise.notFound(promiseId());
    }
}
