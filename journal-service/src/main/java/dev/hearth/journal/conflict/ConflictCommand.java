package dev.hearth.journal.conflict;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.Rejection;

/** A command to one conflict. A conflict that was never opened answers like one of another couple: not found. */
public sealed interface ConflictCommand extends AggregateCommand permits OpenConflict, AttemptRepair, ResolveConflict {

    String conflictId();

    String coupleId();

    @Override
    default Rejection aggregateNotFound() {
        return Conflict.notFound(conflictId());
    }
}
