/**
 * Read sides of entries: one entry folded from its own events (read-your-writes), and the couple's
 * list in the journal view, each opened with the couple's key on the way out.
 */
@NullMarked
package dev.hearth.journal.entry.view;

import org.jspecify.annotations.NullMarked;
