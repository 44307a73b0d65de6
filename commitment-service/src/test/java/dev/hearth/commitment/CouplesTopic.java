package dev.hearth.commitment;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.contracts.Topic;
import dev.hearth.platform.test.PublicEventProducer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Plays journal-service: publishes couple events to {@code hearth.couples.v1} as real CloudEvents. */
final class CouplesTopic implements AutoCloseable {

    private final PublicEventProducer producer;

    CouplesTopic(String bootstrapServers) {
        this.producer = new PublicEventProducer(bootstrapServers);
    }

    /** Publishes an event of the couple aggregate with its sequence number, as the outbox would. */
    RecordMetadata publish(PublicEvent event, long sequence) {
        return producer.publish(event, event.coupleId(), sequence);
    }

    /** With an explicit event id: the same id and sequence again is a redelivery. */
    RecordMetadata publish(PublicEvent event, long sequence, String eventId) {
        return producer.publish(event, event.coupleId(), sequence, Instant.now(), eventId);
    }

    /** A record no consumer can process: valid headers, a payload that is not the JSON of its type. */
    RecordMetadata publishPoison(String coupleId) {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), EventType.PARTNER_JOINED.ceType(),
                "/hearth/journal-service", coupleId, Instant.now(), coupleId, 2, null,
                "{\"coupleId\":".getBytes(StandardCharsets.UTF_8));
        return producer.send(Topic.COUPLES.topicName(), envelope);
    }

    /** Whether the consumer group has committed past this record, i.e. has processed it. */
    boolean consumed(String group, RecordMetadata record) {
        return producer.consumed(group, record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
