package dev.hearth.journal.entry.web;

/** Answer of a written entry. */
record EntryCreated(String entryId) {
}
