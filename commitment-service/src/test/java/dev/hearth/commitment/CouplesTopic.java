package dev.hearth.commitment;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays journal-service: publishes couple events to {@code hearth.couples.v1} as real CloudEvents. */
final class CouplesTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    CouplesTopic(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Publishes an event of the couple aggregate with its sequence number, as the outbox would. */
    RecordMetadata publish(PublicEvent event, long sequence) {
        return publish(event, sequence, UUID.randomUUID().toString());
    }

    /** With an explicit event id: the same id and sequence again is a redelivery. */
    RecordMetadata publish(PublicEvent event, long sequence, String eventId) {
        CloudEvent envelope = new CloudEvent(eventId, EventType.of(event).ceType(), "/hearth/journal-service",
                event.coupleId(), Instant.now(), event.coupleId(), sequence, null, HearthEventJson.write(event));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.COUPLES.topicName(), event.coupleId(),
                envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + event, e.getCause());
        }
    }

    /** A record no consumer can process: valid headers, a payload that is not the JSON of its type. */
    RecordMetadata publishPoison(String coupleId) {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), EventType.PARTNER_JOINED.ceType(),
                "/hearth/journal-service", coupleId, Instant.now(), coupleId, 2, null,
                "{\"coupleId\":".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.COUPLES.topicName(), coupleId, envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish the poison record", e.getCause());
        }
    }

    /** Whether the consumer group has committed past this record, i.e. has processed it. */
    boolean consumed(String group, RecordMetadata record) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata committed = offsets.get(new TopicPartition(record.topic(), record.partition()));
            return committed != null && committed.offset() > record.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
