/**
 * The CheckIn aggregate: a partner answers the safety question ("I feel safe being fully myself with
 * my partner", 1–5), optionally with a mood. Both are feelings and are sealed like text. Plain Java and Axon.
 */
@NullMarked
package dev.hearth.journal.checkin;

import org.jspecify.annotations.NullMarked;
