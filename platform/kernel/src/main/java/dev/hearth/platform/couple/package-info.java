/** What every fact of a couple shares: the couple as the unit of order. */
@NullMarked
package dev.hearth.platform.couple;

import org.jspecify.annotations.NullMarked;
