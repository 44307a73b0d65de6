/**
 * The whole platform on one machine without Docker: {@link dev.hearth.launcher.Platform} starts
 * Kafka, PostgreSQL, the Mongo wire server (all three from {@code platform-local}) and the four
 * services as local processes, for {@code ./hearth} and for system tests. One part per job:
 * building jars ({@code JarBuilder}), choosing ports ({@code PortPlan}), starting the
 * infrastructure ({@code InfrastructureStarter}) and the services ({@code ServiceStarter}),
 * waiting for readiness ({@code ReadinessWait}), status ({@code StatusReport}) and stopping
 * ({@code Shutdown}).
 */
@NullMarked
package dev.hearth.launcher;

import org.jspecify.annotations.NullMarked;
