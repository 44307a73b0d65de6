/** Public events of the commitment context. */
@NullMarked
package dev.hearth.contracts.commitment;

import org.jspecify.annotations.NullMarked;
