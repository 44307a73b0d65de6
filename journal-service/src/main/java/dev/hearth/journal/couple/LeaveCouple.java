package dev.hearth.journal.couple;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner leaves the couple; the last one to leave erases it. */
public record LeaveCouple(@TargetAggregateIdentifier String coupleId, String userId) implements CoupleCommand {
}
