/** The outbox publisher: a tracking processor that sends a service's public events to Kafka as CloudEvents. */
@NullMarked
package dev.hearth.platform.publisher;

import org.jspecify.annotations.NullMarked;
