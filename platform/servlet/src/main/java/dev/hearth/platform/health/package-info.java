/** Health components of a servlet service that answer in bounded time, whatever their database does. */
@NullMarked
package dev.hearth.platform.health;

import org.jspecify.annotations.NullMarked;
