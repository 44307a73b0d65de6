package dev.hearth.journal.entry;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.Rejection;

/** A command to one entry. An entry that was never written answers like one of another couple: not found. */
public sealed interface EntryCommand extends AggregateCommand permits WriteEntry, AcknowledgeEntry {

    String entryId();

    String coupleId();

    @Override
    default Rejection aggregateNotFound() {
        return JournalEntry.notFound(entryId());
    }
}
