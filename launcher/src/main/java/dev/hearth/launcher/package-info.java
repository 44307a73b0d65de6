/**
 * The whole platform on one machine without Docker: {@link dev.hearth.launcher.Platform} starts
 * Kafka, PostgreSQL, the Mongo wire server and the four services as local processes, for
 * {@code ./hearth} and for system tests.
 */
@NullMarked
package dev.hearth.launcher;

import org.jspecify.annotations.NullMarked;
