/**
 * The JournalEntry aggregate: a partner writes an entry (private, or shared with the other), and the
 * other partner acknowledges a shared one. Its text and mood are sealed with the couple's key before
 * any event holds them. Plain Java and Axon.
 */
@NullMarked
package dev.hearth.journal.entry;

import org.jspecify.annotations.NullMarked;
