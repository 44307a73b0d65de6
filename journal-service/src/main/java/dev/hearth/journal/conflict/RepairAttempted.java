package dev.hearth.journal.conflict;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** Internal event: repair attempt number {@code attempt} (from 1), with its note sealed, if there was one. */
@Revision("1")
public record RepairAttempted(String conflictId, String coupleId, String attemptedBy, int attempt, @Nullable Sealed note)
        implements ConflictEvent {
}
