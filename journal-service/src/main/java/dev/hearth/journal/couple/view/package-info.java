/** Read side of couples: a couple's details, folded from its own event stream. */
@NullMarked
package dev.hearth.journal.couple.view;

import org.jspecify.annotations.NullMarked;
