package dev.hearth.journal.entry.view;

import dev.hearth.journal.entry.EntryEvent;
import dev.hearth.journal.entry.EntryState;
import dev.hearth.platform.crypto.Vault;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One entry read straight from its own events, so it always shows the caller's last write
 * (read-your-writes): the answer to an acknowledgement includes it.
 */
@Component
public class JournalEntries {

    private final EventStore eventStore;
    private final Vault vault;

    public JournalEntries(EventStore eventStore, Vault vault) {
        this.eventStore = eventStore;
        this.vault = vault;
    }

    /** The entry, if it is of this couple and the caller may read it: the author's own, or a shared one. */
    public Optional<EntryDetails> find(String coupleId, String entryId, String callerId) {
        return state(entryId)
                .filter(entry -> entry.coupleId().equals(coupleId) && entry.isReadableBy(callerId))
                .map(entry -> EntryDetails.of(entry, vault));
    }

    private Optional<EntryState> state(String entryId) {
        DomainEventStream events = eventStore.readEvents(entryId);
        EntryState entry = null;
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof EntryEvent event) {
                entry = EntryState.after(entry, event, message.getTimestamp());
            }
        }
        return Optional.ofNullable(entry);
    }
}
