/**
 * A partner's export of what they wrote in the journal ({@code hearth-export.v1}): their entries
 * with the acknowledgements they received, the acknowledgements they gave, the conflicts they
 * opened or repaired (their own topic and notes) and their check-ins, opened, streamed from the
 * journal view a page at a time. Never the partner's words.
 */
@NullMarked
package dev.hearth.journal.export.view;

import org.jspecify.annotations.NullMarked;
