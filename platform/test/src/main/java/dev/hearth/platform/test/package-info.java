/**
 * Test support for Hearth: real Kafka, PostgreSQL and MongoDB-protocol servers started from Maven
 * jars (no Docker needed), the production servers as containers where Docker exists, and locally
 * signed JWTs, so integration tests mock no infrastructure.
 */
@NullMarked
package dev.hearth.platform.test;

import org.jspecify.annotations.NullMarked;
