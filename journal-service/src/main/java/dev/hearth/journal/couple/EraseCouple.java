package dev.hearth.journal.couple;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A current partner erases the couple, alone: nobody's consent is needed to destroy the record. */
public record EraseCouple(@TargetAggregateIdentifier String coupleId, String userId) implements CoupleCommand {
}
