package dev.hearth.journal.conflict.view;

import dev.hearth.journal.conflict.ConflictEvent;
import dev.hearth.journal.conflict.ConflictState;
import dev.hearth.platform.axon.OwnEvents;
import dev.hearth.platform.crypto.Vault;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** One conflict read straight from its own events (read-your-writes): the answers of repair and resolve include them. */
@Component
public record Conflicts(EventStore eventStore, Vault vault) {

    /** The conflict, if it is one of this couple's. */
    public Optional<ConflictDetails> find(String coupleId, String conflictId) {
        return OwnEvents.replay(eventStore, conflictId, ConflictEvent.class, ConflictState::after)
                .filter(found -> found.coupleId().equals(coupleId))
                .map(found -> ConflictDetails.of(found, vault));
    }
}
