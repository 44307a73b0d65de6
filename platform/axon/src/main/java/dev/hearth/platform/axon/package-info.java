/** Axon Framework on PostgreSQL for every write service: storage, serializers, clock, cache, correlation and sending commands. */
@NullMarked
package dev.hearth.platform.axon;

import org.jspecify.annotations.NullMarked;
