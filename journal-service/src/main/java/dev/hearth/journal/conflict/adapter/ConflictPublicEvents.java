package dev.hearth.journal.conflict.adapter;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.conflict.ConflictEvent;
import dev.hearth.journal.conflict.ConflictOpened;
import dev.hearth.journal.conflict.ConflictResolved;
import dev.hearth.journal.conflict.RepairAttempted;
import dev.hearth.platform.publisher.PublicEventsOf;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Conflicts to {@code hearth.journal.v1}: who opened, repaired and resolved, and how; never the topic or a note. */
@Component
class ConflictPublicEvents extends PublicEventsOf<ConflictEvent> {

    @Override
    protected Optional<PublicEvent> publish(ConflictEvent event) {
        return Optional.of(switch (event) {
            case ConflictOpened opened -> new dev.hearth.contracts.journal.ConflictOpened(opened.conflictId(),
                    opened.coupleId(), opened.openedBy());
            case RepairAttempted repair -> new dev.hearth.contracts.journal.RepairAttempted(repair.conflictId(),
                    repair.coupleId(), repair.attemptedBy(), repair.attempt());
            case ConflictResolved resolved -> new dev.hearth.contracts.journal.ConflictResolved(resolved.conflictId(),
                    resolved.coupleId(), resolved.resolvedBy(), resolved.resolution().name(), resolved.openedAt());
        });
    }
}
