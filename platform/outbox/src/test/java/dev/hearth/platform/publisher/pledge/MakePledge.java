package dev.hearth.platform.publisher.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MakePledge(@TargetAggregateIdentifier String pledgeId, String coupleId, String promiserId, String promiseeId, String description) {
}
