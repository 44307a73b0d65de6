package dev.hearth.platform.axon.view;

import dev.hearth.platform.couple.OfCouple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.jspecify.annotations.Nullable;

/**
 * One couple's events in one sequence: the segment that handles a couple is the only writer of its
 * view documents, and a parked event holds back that couple alone. Events of no couple fall back to
 * their aggregate.
 */
public final class CoupleSequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public @Nullable Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof OfCouple ofCouple) {
            return ofCouple.coupleId();
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
