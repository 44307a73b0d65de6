package dev.hearth.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, headers included, so a test can check which events reached
 * Kafka. It assigns every partition itself instead of joining a consumer group: nothing waits for
 * a rebalance, and no test's offsets are left behind on the broker.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(100);

    private TopicReader() {
    }

    /** Every record the topic holds now (up to its end offsets when the read began). */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic, Duration within) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = assignFromBeginning(consumer, topic, within);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, within);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + within.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + within);
                }
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Reads from the beginning until {@code until} accepts the records read so far, or until
     * {@code within} has passed; either way returns what was read, so the caller's assertion shows
     * what did arrive.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(
            String bootstrapServers, String topic, Duration within,
            Predicate<? super List<ConsumerRecord<String, byte[]>>> until) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            assignFromBeginning(consumer, topic, within);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + within.toNanos();
            while (!until.test(Collections.unmodifiableList(records)) && System.nanoTime() < deadline) {
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }

    /** A record's headers as text (UTF-8); for a repeated header the last value wins. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            byte[] value = header.value();
            headers.put(header.key(), value == null ? "" : new String(value, StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<TopicPartition> assignFromBeginning(
            KafkaConsumer<String, byte[]> consumer, String topic, Duration within) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, within).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("no topic " + topic + " on the broker");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "hearth-topic-reader");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only what producers committed: a publisher's aborted transaction must not look published.
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(properties);
    }
}
