/** Public events of the couple context. */
@NullMarked
package dev.hearth.contracts.couple;

import org.jspecify.annotations.NullMarked;
