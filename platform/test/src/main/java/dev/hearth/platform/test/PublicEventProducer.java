package dev.hearth.platform.test;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

/**
 * Plays an upstream service in a consumer's test: publishes public events to their topic as real
 * CloudEvents (binary mode, keyed by coupleId), exactly as the outbox publisher does, and tells
 * whether a consumer group has processed a record.
 */
public final class PublicEventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    public PublicEventProducer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Publishes {@code event} as the {@code sequence}-th event of aggregate {@code aggregateId},
     * happened at {@code time}. The same event id and sequence again is a redelivery.
     */
    public RecordMetadata publish(PublicEvent event, String aggregateId, long sequence, Instant time, String eventId) {
        EventType type = EventType.of(event);
        CloudEvent envelope = new CloudEvent(eventId, type.ceType(), "/hearth/" + sourceOf(type),
                event.coupleId(), time, aggregateId, sequence, null, HearthEventJson.write(event));
        return send(type.topic().topicName(), envelope);
    }

    public RecordMetadata publish(PublicEvent event, String aggregateId, long sequence) {
        return publish(event, aggregateId, sequence, Instant.now(), UUID.randomUUID().toString());
    }

    /** Any envelope, e.g. an unknown type or a payload that is not the JSON of its type. */
    public RecordMetadata send(String topic, CloudEvent envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.subject(), envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    /** Publishes without waiting for the broker's acknowledgement (see {@link #flush()}): for many events at once. */
    public void publishAsync(PublicEvent event, String aggregateId, long sequence, Instant time, String eventId) {
        EventType type = EventType.of(event);
        CloudEvent envelope = new CloudEvent(eventId, type.ceType(), "/hearth/" + sourceOf(type),
                event.coupleId(), time, aggregateId, sequence, null, HearthEventJson.write(event));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic().topicName(), envelope.subject(), envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    /** Waits until every record sent so far is acknowledged. */
    public void flush() {
        producer.flush();
    }

    /**
     * Moves a stopped consumer group back to the first record of every partition of {@code topic}, so
     * that it reads the whole topic again (a group with running members refuses the move).
     */
    public void rewind(String group, String topic) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                start.put(new TopicPartition(topic, partition), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(group, start).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not rewind " + group + " on " + topic, e.getCause());
        }
    }

    /** Whether {@code group} has committed past this record, i.e. has processed it. */
    public boolean consumed(String group, RecordMetadata record) {
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

    private static String sourceOf(EventType type) {
        return switch (type.topic()) {
            case COUPLES, JOURNAL -> "journal-service";
            case COMMITMENTS -> "commitment-service";
        };
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
