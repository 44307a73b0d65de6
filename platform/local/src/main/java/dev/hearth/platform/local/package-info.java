/**
 * Real infrastructure as local processes, for machines without Docker: the Kafka broker in its own
 * JVM, PostgreSQL 18 from Maven jars and the Mongo wire server, each implemented once and used by
 * the test support and by the {@code ./hearth} launcher alike; no JUnit, no Spring.
 */
@NullMarked
package dev.hearth.platform.local;

import org.jspecify.annotations.NullMarked;
