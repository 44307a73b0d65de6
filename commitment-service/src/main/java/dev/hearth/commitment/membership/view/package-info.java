/** The membership view: who belongs to which couple, followed from {@code hearth.couples.v1} into MongoDB. */
@NullMarked
package dev.hearth.commitment.membership.view;

import org.jspecify.annotations.NullMarked;
