package dev.hearth.platform.publisher;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.couple.OfCouple;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each couple's events in one sequence, the same unit as the Kafka key: when the publishing
 * processor is split into segments, one couple's events still go through one segment, in store
 * order. An internal event of a couple says so itself (no translation needed, which may open a sealed
 * value); of other events, those that are not published need no order ({@code null}).
 */
final class CoupleSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final PublicEventTranslator translator;

    CoupleSequencingPolicy(PublicEventTranslator translator) {
        this.translator = translator;
    }

    @Override
    public @Nullable Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof OfCouple ofCouple) {
            return ofCouple.coupleId();
        }
        return translator.toPublic(event.getPayload()).map(PublicEvent::coupleId).orElse(null);
    }
}
