package dev.hearth.journal.couple.view;

import dev.hearth.journal.couple.CoupleEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A couple read straight from its own event stream, so it reflects every command that has returned
 * (read-your-writes, no projection lag): a partner sees a join the moment it has been accepted.
 */
@Component
public class Couples {

    private final EventStore eventStore;

    public Couples(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @param coupleId canonical */
    public Optional<CoupleDetails> find(String coupleId) {
        List<CoupleEvent> events = eventStore.readEvents(coupleId).asStream()
                .map(EventMessage::getPayload)
                .filter(CoupleEvent.class::isInstance)
                .map(CoupleEvent.class::cast)
                .toList();
        return CoupleDetails.replay(events);
    }
}
