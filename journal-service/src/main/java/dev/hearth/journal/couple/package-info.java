/** The Couple aggregate: starting a couple, inviting the partner and joining, with its rules. Plain Java. */
@NullMarked
package dev.hearth.journal.couple;

import org.jspecify.annotations.NullMarked;
