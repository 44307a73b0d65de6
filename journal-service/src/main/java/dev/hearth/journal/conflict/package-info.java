/**
 * The Conflict aggregate: a partner opens a conflict on a topic, either partner attempts repairs, and
 * either resolves it. The topic and the repair notes are sealed with the couple's key. Plain Java and Axon.
 */
@NullMarked
package dev.hearth.journal.conflict;

import org.jspecify.annotations.NullMarked;
