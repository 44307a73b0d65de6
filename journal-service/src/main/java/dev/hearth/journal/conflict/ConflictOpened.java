package dev.hearth.journal.conflict;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;

/** Internal event: a conflict was opened; its topic sealed, a fingerprint to recognise a retried open. */
@Revision("1")
public record ConflictOpened(String conflictId, String coupleId, String openedBy, Sealed topic, String fingerprint)
        implements ConflictEvent {
}
