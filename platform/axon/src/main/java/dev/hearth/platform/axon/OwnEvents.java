package dev.hearth.platform.axon;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;

/**
 * Read-your-writes: an aggregate's state folded straight from its own events, as its event-sourcing
 * handler folds them, so an answer includes the command that has just returned (no projection lag).
 */
public final class OwnEvents {

    private OwnEvents() {
    }

    /** How a state takes one more of its events: the aggregate's own fold. */
    @FunctionalInterface
    public interface Fold<S, E> {

        S after(@Nullable S before, E event, Instant at);
    }

    /** The state of aggregate {@code aggregateId} after its {@code family} events; empty for one never created. */
    public static <S, E> Optional<S> replay(EventStore eventStore, String aggregateId, Class<E> family, Fold<S, E> fold) {
        DomainEventStream events = eventStore.readEvents(aggregateId);
        S state = null;
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (family.isInstance(message.getPayload())) {
                state = fold.after(state, family.cast(message.getPayload()), message.getTimestamp());
            }
        }
        return Optional.ofNullable(state);
    }
}
