/** A tiny event-sourced service for testing platform-axon against a real PostgreSQL. */
@NullMarked
package dev.hearth.platform.axon.tally;

import org.jspecify.annotations.NullMarked;
