package dev.hearth.platform.publisher.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record NotePledge(@TargetAggregateIdentifier String pledgeId, String note) {
}
