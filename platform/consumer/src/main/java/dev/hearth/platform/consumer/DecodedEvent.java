package dev.hearth.platform.consumer;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.PublicEvent;

/**
 * A public event read from Kafka: its envelope (id, type, time, aggregate id and sequence for
 * deduplication) and its payload as the contract record.
 */
public record DecodedEvent(CloudEvent envelope, PublicEvent event) {
}
