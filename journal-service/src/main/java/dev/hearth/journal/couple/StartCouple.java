package dev.hearth.journal.couple;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** A user starts a couple. A {@code null} timezone means UTC. */
public record StartCouple(@TargetAggregateIdentifier String coupleId, String userId, @Nullable String timezone)
        implements CoupleCommand {
}
