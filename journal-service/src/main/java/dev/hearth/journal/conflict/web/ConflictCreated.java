package dev.hearth.journal.conflict.web;

/** Answer of an opened conflict. */
record ConflictCreated(String conflictId) {
}
