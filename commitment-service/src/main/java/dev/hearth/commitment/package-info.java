/** commitment-service: promises between the two partners of a couple, event-sourced with Axon. */
@NullMarked
package dev.hearth.commitment;

import org.jspecify.annotations.NullMarked;
