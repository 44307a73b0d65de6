package dev.hearth.journal.entry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partner (the caller) answers a shared entry of the other. */
public record AcknowledgeEntry(@TargetAggregateIdentifier String entryId, String coupleId, String partnerId,
                               Response response) implements EntryCommand {
}
