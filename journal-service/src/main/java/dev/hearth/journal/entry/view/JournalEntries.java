package dev.hearth.journal.entry.view;

import dev.hearth.journal.entry.EntryEvent;
import dev.hearth.journal.entry.EntryState;
import dev.hearth.platform.axon.OwnEvents;
import dev.hearth.platform.crypto.Vault;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One entry read straight from its own events, so it always shows the caller's last write
 * (read-your-writes): the answer to an acknowledgement includes it.
 */
@Component
public record JournalEntries(EventStore eventStore, Vault vault) {

    /** The entry, if it is of this couple and the caller may read it: the author's own, or a shared one. */
    public Optional<EntryDetails> find(String coupleId, String entryId, String callerId) {
        return OwnEvents.replay(eventStore, entryId, EntryEvent.class, EntryState::after)
                .filter(entry -> entry.coupleId().equals(coupleId) && entry.isReadableBy(callerId))
                .map(entry -> EntryDetails.of(entry, vault));
    }
}
