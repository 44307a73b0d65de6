package dev.hearth.journal.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** A partner (the caller) attempts a repair, with an optional note. */
public record AttemptRepair(@TargetAggregateIdentifier String conflictId, String coupleId, String attemptedBy,
                            @Nullable String note) implements ConflictCommand {

    @Override
    public String toString() {
        return "AttemptRepair[conflictId=" + conflictId + ", coupleId=" + coupleId + ", attemptedBy=" + attemptedBy + "]";
    }
}
