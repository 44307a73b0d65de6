package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.PromiseEvent;
import dev.hearth.commitment.promise.PromiseHistory;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One promise read straight from the event store, so a client sees its own write at once
 * (read-your-writes). It is folded as the aggregate folds it ({@link PromiseHistory}); keep and
 * break answer from the aggregate itself. The list of promises, a projection, is only eventually
 * consistent (milliseconds behind).
 */
@Component
public class StoredPromises {

    private final EventStore eventStore;

    public StoredPromises(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The promise, if it exists in this couple; one of another couple is as absent as an unknown one. */
    public Optional<PromiseHistory> find(String coupleId, String promiseId) {
        DomainEventStream events = eventStore.readEvents(promiseId);
        @Nullable PromiseHistory history = null;
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof PromiseEvent event) {
                history = PromiseHistory.after(history, event, message.getTimestamp());
            }
        }
        if (history == null || !history.promise().coupleId().equals(coupleId)) {
            return Optional.empty();
        }
        return Optional.of(history);
    }
}
