package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.commitment.promise.view.PromiseDetails.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One promise read straight from the event store, so a client sees its own write at once
 * (read-your-writes): the answer to keep/break includes the outcome just recorded. The list of
 * promises, a projection, is only eventually consistent (milliseconds behind).
 */
@Component
public class PromiseHistory {

    private final EventStore eventStore;

    public PromiseHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The promise, if it exists in this couple; one of another couple is as absent as an unknown one. */
    public Optional<PromiseDetails> find(String coupleId, String promiseId) {
        DomainEventStream events = eventStore.readEvents(promiseId);
        PromiseMade made = null;
        PromiseStatus status = PromiseStatus.OPEN;
        List<HistoryEntry> history = new ArrayList<>();
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            Object payload = message.getPayload();
            if (payload instanceof PromiseMade event) {
                made = event;
                history.add(new HistoryEntry("MADE", message.getTimestamp(), event.promiserId(), null));
            } else if (payload instanceof PromiseKept event) {
                status = PromiseStatus.KEPT;
                history.add(new HistoryEntry("KEPT", message.getTimestamp(), event.recordedBy(), event.note()));
            } else if (payload instanceof PromiseBroken event) {
                status = PromiseStatus.BROKEN;
                history.add(new HistoryEntry("BROKEN", message.getTimestamp(), event.recordedBy(), event.note()));
            }
        }
        if (made == null || !made.coupleId().equals(coupleId)) {
            return Optional.empty();
        }
        return Optional.of(new PromiseDetails(made.promiseId(), made.coupleId(), made.promiserId(), made.promiseeId(),
                made.description(), made.dueAt(), status, history));
    }
}
