/**
 * Test support for Hearth: real Kafka, PostgreSQL and MongoDB-protocol servers started from Maven
 * jars, and locally signed JWTs, so integration tests need no Docker and mock no infrastructure.
 */
@NullMarked
package dev.hearth.platform.test;

import org.jspecify.annotations.NullMarked;
