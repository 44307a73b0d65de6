/** Read sides of conflicts: one conflict folded from its own events, and the couple's list (open first) in the journal view. */
@NullMarked
package dev.hearth.journal.conflict.view;

import org.jspecify.annotations.NullMarked;
