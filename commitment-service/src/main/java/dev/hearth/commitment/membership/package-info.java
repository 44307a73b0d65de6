/** Who belongs to which couple, learnt from {@code hearth.couples.v1}: the object-level authorization of every request. */
@NullMarked
package dev.hearth.commitment.membership;

import org.jspecify.annotations.NullMarked;
