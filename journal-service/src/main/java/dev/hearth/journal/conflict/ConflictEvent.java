package dev.hearth.journal.conflict;

import dev.hearth.platform.couple.OfCouple;

/** An event of a conflict's stream, as the event store keeps it. Sealed: every fold and translation is exhaustive. */
public sealed interface ConflictEvent extends OfCouple permits ConflictOpened, RepairAttempted, ConflictResolved {

    String conflictId();
}
