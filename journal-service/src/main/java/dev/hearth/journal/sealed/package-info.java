/**
 * What the journal's aggregates share: each is created once, by one partner of one couple, from words
 * sealed with the couple's key, and its creating command may be retried. Plain Java and Axon's annotations.
 */
@NullMarked
package dev.hearth.journal.sealed;

import org.jspecify.annotations.NullMarked;
