package dev.hearth.journal.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner (the caller) resolves the conflict. */
public record ResolveConflict(@TargetAggregateIdentifier String conflictId, String coupleId, String resolvedBy,
                              Resolution resolution) implements ConflictCommand {
}
