/**
 * Real infrastructure as local processes, for machines without Docker: the Kafka broker in its own
 * JVM. Used by the test support and by the {@code ./hearth} launcher alike; no JUnit, no Spring.
 */
@NullMarked
package dev.hearth.platform.local;

import org.jspecify.annotations.NullMarked;
