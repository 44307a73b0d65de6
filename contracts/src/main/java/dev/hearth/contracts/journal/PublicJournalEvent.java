package dev.hearth.contracts.journal;

import dev.hearth.contracts.PublicEvent;

/** A public event of the journal context, on {@code hearth.journal.v1}. */
public sealed interface PublicJournalEvent extends PublicEvent
        permits EntryWritten, EntryAcknowledged, ConflictOpened, RepairAttempted, ConflictResolved, SafetyCheckedIn {
}
