/** The gateway's metrics, served on a management port of their own, off the public one. */
@NullMarked
package dev.hearth.gateway.metrics;

import org.jspecify.annotations.NullMarked;
