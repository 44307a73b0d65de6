package dev.hearth.platform.axon.tally;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CountOne(@TargetAggregateIdentifier String tallyId) {
}
