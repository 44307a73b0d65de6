/** A tiny event-sourced service for testing the publisher against a real broker and PostgreSQL. */
@NullMarked
package dev.hearth.platform.publisher.pledge;

import org.jspecify.annotations.NullMarked;
