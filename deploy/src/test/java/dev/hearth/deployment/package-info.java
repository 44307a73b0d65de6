/**
 * Checks of what deploys Hearth with Docker (compose file, deploy/Dockerfile, topic script,
 * Prometheus configuration) against the services' own configuration and the contracts, and of the
 * repository's module layout (every folder with a pom is a module, and says what it is for).
 */
@NullMarked
package dev.hearth.deployment;

import org.jspecify.annotations.NullMarked;
