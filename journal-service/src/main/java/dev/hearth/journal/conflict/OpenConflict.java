package dev.hearth.journal.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner (the caller) opens a conflict on a topic, plaintext only until the aggregate seals it. */
public record OpenConflict(@TargetAggregateIdentifier String conflictId, String coupleId, String openedBy, String topic)
        implements ConflictCommand {

    @Override
    public String toString() {
        return "OpenConflict[conflictId=" + conflictId + ", coupleId=" + coupleId + ", openedBy=" + openedBy + "]";
    }
}
