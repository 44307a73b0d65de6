package dev.hearth.journal.conflict;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Internal event: the conflict was resolved. Carries when it was opened, as its public event does. */
@Revision("1")
public record ConflictResolved(String conflictId, String coupleId, String resolvedBy, Resolution resolution,
                               Instant openedAt) implements ConflictEvent {
}
