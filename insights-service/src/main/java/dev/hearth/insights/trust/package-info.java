/** Trust through reliability: the versioned scoring policy over promise outcomes. Plain Java. */
@NullMarked
package dev.hearth.insights.trust;

import org.jspecify.annotations.NullMarked;
