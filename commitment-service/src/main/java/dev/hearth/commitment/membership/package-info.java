/** Who belongs to which couple, as commitment-service learns it from journal-service: the object-level authorization of every request. */
@NullMarked
package dev.hearth.commitment.membership;

import org.jspecify.annotations.NullMarked;
