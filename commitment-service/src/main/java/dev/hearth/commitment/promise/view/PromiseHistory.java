package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseEvent;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseState;
import dev.hearth.commitment.promise.view.PromiseDetails.HistoryEntry;
import java.time.Instant;
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
        PromiseState promise = null;
        List<HistoryEntry> history = new ArrayList<>();
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof PromiseEvent event) {
                promise = PromiseState.after(promise, event);
                history.add(entry(event, message.getTimestamp()));
            }
        }
        if (promise == null || !promise.coupleId().equals(coupleId)) {
            return Optional.empty();
        }
        return Optional.of(new PromiseDetails(promise.promiseId(), promise.coupleId(), promise.promiserId(),
                promise.promiseeId(), promise.description(), promise.dueAt(), promise.status(), history));
    }

    private static HistoryEntry entry(PromiseEvent event, Instant at) {
        return switch (event) {
            case PromiseMade made -> new HistoryEntry("MADE", at, made.promiserId(), null);
            case PromiseKept kept -> new HistoryEntry("KEPT", at, kept.recordedBy(), kept.note());
            case PromiseBroken broken -> new HistoryEntry("BROKEN", at, broken.recordedBy(), broken.note());
        };
    }
}
