/**
 * Checks of what deploys Hearth with Docker (compose file, Dockerfiles, topic script, Prometheus
 * configuration) against the services' own configuration and the contracts.
 */
@NullMarked
package dev.hearth.deployment;

import org.jspecify.annotations.NullMarked;
