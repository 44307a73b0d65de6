/** Rules about time shared by every service: how far ahead a request may schedule. Plain Java. */
@NullMarked
package dev.hearth.platform.time;

import org.jspecify.annotations.NullMarked;
