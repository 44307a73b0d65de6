/**
 * Public events of the journal context, on {@code hearth.journal.v1}: facts only. No entry text,
 * conflict topic, repair note or mood ever appears here, and a PRIVATE entry publishes nothing.
 */
@NullMarked
package dev.hearth.contracts.journal;

import org.jspecify.annotations.NullMarked;
