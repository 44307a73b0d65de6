package dev.hearth.bench.stages;

import dev.hearth.bench.Percentiles;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Produces to a scratch topic with the outbox publisher's producer settings and consumes the same
 * records back on the same broker: records per second from the first send to the last record read,
 * and each record's produce→consume latency. The topic is deleted afterwards.
 */
public final class KafkaStage {

    /** As many partitions as the platform's topics ({@code contracts}' {@code Topic}). */
    static final int PARTITIONS = 12;
    /** Records sent and not yet acknowledged, at most: the publisher, too, waits for its batch. */
    private static final int IN_FLIGHT = 2_000;
    private static final Duration CONSUME_WAIT = Duration.ofSeconds(30);

    private final String bootstrap;
    private volatile boolean stop;
    private final String topic;
    private final Cleanups cleanups;

    public KafkaStage(String bootstrap, String runId, Cleanups cleanups) {
        this.bootstrap = bootstrap;
        this.topic = "hearth.bench.scratch." + runId;
        this.cleanups = cleanups;
    }

    /**
     * The producer settings {@code PublisherProducer} enforces (idempotent, acks=all, 5 in flight,
     * retries bounded by the delivery timeout, its default timeouts); the rest are Kafka's defaults,
     * as the services set no other {@code spring.kafka.producer.*}.
     */
    static Map<String, Object> producerSettings(String bootstrap) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
        settings.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 1_000);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return settings;
    }

    public StageResult run(Duration duration, int valueBytes) {
        String name = "Kafka produce→consume";
        String note = String.format(Locale.ROOT, "scratch topic %s, %d partitions; idempotent, acks=all; %d B values, %d in flight",
                topic, PARTITIONS, valueBytes, IN_FLIGHT);
        Map<String, Object> adminSettings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        try (Admin admin = Admin.create(adminSettings)) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Runnable delete = cleanups.register("the scratch topic " + topic, () -> {
                try (Admin again = Admin.create(adminSettings)) {
                    again.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                }
            });
            try {
                return measure(name, note, duration, valueBytes);
            } finally {
                delete.run();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return StageResult.failed(name, "record", true, 1, note, e);
        }
    }

    /** The new topic's partitions, once the broker's metadata has all of them (it may lag the creation briefly). */
    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic, Duration.ofSeconds(5))) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            if (partitions.size() == PARTITIONS || System.nanoTime() - deadline >= 0) {
                return partitions;
            }
            Thread.sleep(100);
        }
    }

    private StageResult measure(String name, String note, Duration duration, int valueBytes) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong consumed = new AtomicLong();
        AtomicLong lastConsumed = new AtomicLong();
        AtomicReference<@Nullable Exception> consumerFailure = new AtomicReference<>();
        Map<String, Object> consumerSettings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        stop = false;
        Thread reader;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings)) {
            List<TopicPartition> partitions = partitions(consumer);
            // Assigned, not subscribed: no group and no rebalance to wait for.
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            consumer.poll(Duration.ZERO);
            reader = Thread.ofPlatform().name("bench-kafka-stage-consumer").start(() -> {
                try {
                    while (!stop) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            latencies.add((now - ByteBuffer.wrap(record.value()).getLong()) / 1e6);
                            consumed.incrementAndGet();
                            lastConsumed.set(now);
                        }
                    }
                } catch (Exception e) {
                    consumerFailure.set(e);
                }
            });
            long produced;
            long firstSend;
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap))) {
                Semaphore inFlight = new Semaphore(IN_FLIGHT);
                AtomicReference<@Nullable Exception> sendFailure = new AtomicReference<>();
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    keys.add(UUID.randomUUID().toString());
                }
                firstSend = System.nanoTime();
                long deadline = firstSend + duration.toNanos();
                produced = 0;
                while (System.nanoTime() - deadline < 0 && sendFailure.get() == null) {
                    inFlight.acquire();
                    byte[] value = new byte[Math.max(Long.BYTES, valueBytes)];
                    ByteBuffer.wrap(value).putLong(System.nanoTime());
                    producer.send(new ProducerRecord<>(topic, keys.get((int) (produced % keys.size())), value), (metadata, error) -> {
                        if (error != null) {
                            sendFailure.compareAndSet(null, error);
                        }
                        inFlight.release();
                    });
                    produced++;
                }
                producer.flush();
                if (sendFailure.get() != null) {
                    throw sendFailure.get();
                }
            }
            long waitUntil = System.nanoTime() + CONSUME_WAIT.toNanos();
            while (consumed.get() < produced && consumerFailure.get() == null && System.nanoTime() - waitUntil < 0) {
                Thread.sleep(20);
            }
            stop = true;
            reader.join(Duration.ofSeconds(10));
            if (consumerFailure.get() != null) {
                throw consumerFailure.get();
            }
            double seconds = (lastConsumed.get() - firstSend) / 1e9;
            Percentiles latency = Percentiles.of(latencies);
            String complete = consumed.get() < produced
                    ? String.format(Locale.ROOT, "; only %d of %d records read back within %d s", consumed.get(), produced, CONSUME_WAIT.toSeconds())
                    : "";
            return new StageResult(name, "record", true, 1, consumed.get(), seconds, consumed.get() / seconds, latency.p50(),
                    latency.p99(), note + "; latency is produce→consume per record at full load, queueing included" + complete, null);
        }
    }
}
