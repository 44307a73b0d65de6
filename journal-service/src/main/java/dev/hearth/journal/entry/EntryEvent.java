package dev.hearth.journal.entry;

import dev.hearth.platform.couple.OfCouple;

/** An event of an entry's stream, as the event store keeps it. Sealed: every fold and translation is exhaustive. */
public sealed interface EntryEvent extends OfCouple permits EntryWritten, EntryAcknowledged {

    String entryId();
}
