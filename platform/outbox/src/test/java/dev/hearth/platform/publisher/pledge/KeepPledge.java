package dev.hearth.platform.publisher.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record KeepPledge(@TargetAggregateIdentifier String pledgeId, String recordedBy) {
}
