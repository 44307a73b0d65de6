package dev.hearth.platform.axon.tally;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenTally(@TargetAggregateIdentifier String tallyId, String coupleId) {
}
