package dev.hearth.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.platform.test.TopicReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The error classification against a real broker: a listener of the couples topic that decodes
 * with {@link PublicEventRecords} and fails on cue.
 */
@SpringBootTest(classes = HearthConsumerIntegrationTest.ConsumerApp.class, properties = {
        "spring.application.name=platform-consumer-test",
        "hearth.consumer.dead-letter-topics=hearth.couples.v1",
        "hearth.consumer.retry.initial-interval=50ms",
        "hearth.consumer.retry.max-interval=500ms"})
class HearthConsumerIntegrationTest {

    static final String GROUP = "platform-consumer-test";
    static final String DEAD_LETTERS = Topic.COUPLES.deadLetterTopic(GROUP);
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    private static String bootstrapServers;
    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    Listener listener;
    @Autowired
    ConsumerFactory<?, ?> consumerFactory;
    @Autowired
    CommonErrorHandler errorHandler;
    @Autowired
    KafkaListenerEndpointRegistry containers;
    @Autowired
    PrometheusMeterRegistry prometheus;
    @Autowired
    HealthIndicator kafkaHealthIndicator;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        bootstrapServers = ConsumerTestInfrastructure.register(registry, "platform_consumer_test");
    }

    @BeforeAll
    static void countInATestRegistry() {
        Metrics.addRegistry(METERS);
    }

    @AfterAll
    static void closeProducer() {
        Metrics.removeRegistry(METERS);
        if (producer != null) {
            producer.close();
        }
    }

    @Test
    void consumers_read_public_events_from_the_earliest_offset_through_error_handling_deserializers() {
        Map<String, Object> configs = consumerFactory.getConfigurationProperties();

        assertThat(configs).containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class)
                .containsEntry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class)
                .containsEntry(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, org.apache.kafka.common.serialization.StringDeserializer.class)
                .containsEntry(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
        assertThat(errorHandler).isInstanceOf(DefaultErrorHandler.class);
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_at_once_and_the_partition_moves_on() throws Exception {
        String couple = UUID.randomUUID().toString();
        CoupleStarted next = new CoupleStarted(couple, "after-the-poison", "UTC");
        double deadLettersBefore = deadLetterCount(prometheus);

        RecordMetadata poison = send(couple, headers(new CoupleStarted(couple, "alice", "UTC"), 0), "{broken".getBytes(StandardCharsets.UTF_8));
        send(couple, headers(next, 1), HearthEventJson.write(next));

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(bootstrapServers, DEAD_LETTERS, WITHIN,
                records -> records.stream().anyMatch(r -> couple.equals(r.key())));
        ConsumerRecord<String, byte[]> dead = deadLetters.stream().filter(r -> couple.equals(r.key())).findFirst().orElseThrow();
        Map<String, String> headers = TopicReader.headers(dead);
        assertThat(dead.partition()).isEqualTo(poison.partition());
        // Spring writes the original offset as a big-endian long.
        assertThat(ByteBuffer.wrap(dead.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
                .isEqualTo(poison.offset());
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{broken");
        assertThat(headers).containsEntry("kafka_dlt-original-topic", Topic.COUPLES.topicName())
                .containsEntry("kafka_dlt-original-consumer-group", GROUP)
                .containsEntry(CloudEventHeaders.SUBJECT, couple)
                .containsKey("kafka_dlt-exception-stacktrace");
        assertThat(headers.get("kafka_dlt-exception-message")).contains("CoupleStarted");
        assertThat(headers.get("kafka_dlt-exception-fqcn") + " " + headers.get("kafka_dlt-exception-cause-fqcn"))
                .contains(PoisonEvent.class.getName());
        await().atMost(WITHIN).until(() -> listener.processedUsers(couple).contains("after-the-poison"));
        assertThat(listener.attempts(couple, 0)).as("a poison record is not retried").isEqualTo(1);
        await().atMost(WITHIN).until(() -> deadLetterCount(prometheus) >= deadLettersBefore + 1);
        assertThat(deadLetterCount(prometheus)).isEqualTo(deadLettersBefore + 1);
    }

    @Test
    void prometheus_shows_consumer_lag_kafka_client_metrics_and_the_dead_letter_and_unknown_type_counts() throws Exception {
        String couple = UUID.randomUUID().toString();
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");
        Map<String, String> unknown = new HashMap<>(headers(started, 0));
        unknown.put(CloudEventHeaders.TYPE, "dev.hearth.couple.CoupleRenamed.v1");
        CoupleStarted next = new CoupleStarted(couple, "after-the-poison", "UTC");

        send(couple, unknown, "{}".getBytes(StandardCharsets.UTF_8));
        send(couple, headers(started, 1), "{broken".getBytes(StandardCharsets.UTF_8));
        send(couple, headers(next, 2), HearthEventJson.write(next));

        await().atMost(WITHIN).until(() -> listener.processedUsers(couple).contains("after-the-poison"));
        await().atMost(WITHIN).until(() -> prometheus.scrape().contains("hearth_consumer_dead_letters_total{"));
        assertThat(prometheus.scrape())
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .contains("kafka_consumer_fetch_manager_records_consumed_total{")
                .contains("kafka_producer_record_send_total{")
                .contains("hearth_consumer_dead_letters_total{group=\"" + GROUP + "\",topic=\"hearth.couples.v1\"}")
                .contains("hearth_consumer_unknown_types_total{topic=\"hearth.couples.v1\",type=\"dev.hearth.couple.CoupleRenamed.v1\"}");
    }

    @Test
    void a_listener_logs_with_the_records_correlation_id_and_never_with_the_previous_ones() throws Exception {
        String couple = UUID.randomUUID().toString();
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");
        CoupleStarted next = new CoupleStarted(couple, "bob", "UTC");
        Map<String, String> correlated = new HashMap<>(headers(started, 0));
        correlated.put(CloudEventHeaders.CORRELATION_ID, "request-11");

        send(couple, correlated, HearthEventJson.write(started));
        send(couple, headers(next, 1), HearthEventJson.write(next));

        await().atMost(WITHIN).until(() -> listener.processedUsers(couple).contains("bob"));
        assertThat(listener.correlationIdWhileHandling(couple, "alice")).hasValue("request-11");
        assertThat(listener.correlationIdWhileHandling(couple, "bob")).hasValue("none");
    }

    @Test
    void on_shutdown_a_listener_container_stops_after_the_record_in_hand() {
        assertThat(containers.getListenerContainers()).isNotEmpty()
                .allSatisfy(container -> assertThat(container.getContainerProperties().isStopImmediate()).isTrue());
    }

    @Test
    void the_kafka_health_component_is_up_with_the_clusters_id() {
        assertThat(kafkaHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(kafkaHealthIndicator.health().getDetails()).containsKey("clusterId").containsEntry("nodes", 1);
    }

    @Test
    void a_record_with_broken_cloud_events_headers_is_dead_lettered() throws Exception {
        String couple = UUID.randomUUID().toString();
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");
        Map<String, String> headers = new HashMap<>(headers(started, 0));
        headers.remove(CloudEventHeaders.TIME);

        send(couple, headers, HearthEventJson.write(started));

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(bootstrapServers, DEAD_LETTERS, WITHIN,
                records -> records.stream().anyMatch(r -> couple.equals(r.key())));
        ConsumerRecord<String, byte[]> dead = deadLetters.stream().filter(r -> couple.equals(r.key())).findFirst().orElseThrow();
        assertThat(TopicReader.headers(dead).get("kafka_dlt-exception-message")).contains(CloudEventHeaders.TIME);
    }

    @Test
    void an_unknown_event_type_is_skipped_and_counted_not_dead_lettered() throws Exception {
        String couple = UUID.randomUUID().toString();
        String futureType = "dev.hearth.couple.PartnerRenamed.v1";
        CoupleStarted started = new CoupleStarted(couple, "alice", "UTC");
        Map<String, String> unknown = new HashMap<>(headers(started, 0));
        unknown.put(CloudEventHeaders.TYPE, futureType);
        CoupleStarted next = new CoupleStarted(couple, "after-the-unknown", "UTC");

        send(couple, unknown, "{\"coupleId\":\"%s\",\"newName\":\"x\"}".formatted(couple).getBytes(StandardCharsets.UTF_8));
        send(couple, headers(next, 1), HearthEventJson.write(next));

        await().atMost(WITHIN).until(() -> listener.processedUsers(couple).contains("after-the-unknown"));
        Counter skipped = METERS.find(PublicEventRecords.UNKNOWN_TYPES_METER).tag("type", futureType).counter();
        assertThat(skipped).isNotNull();
        assertThat(skipped.count()).isEqualTo(1.0);
        assertThat(listener.processedUsers(couple)).containsExactly("after-the-unknown");
        assertThat(deadLettersOf(couple)).isEmpty();
    }

    @Test
    void a_transient_failure_is_retried_with_back_off_until_it_succeeds_and_is_never_dead_lettered() throws Exception {
        String couple = UUID.randomUUID().toString();
        CoupleStarted flaky = new CoupleStarted(couple, Listener.FLAKY_USER, "UTC");

        send(couple, headers(flaky, 0), HearthEventJson.write(flaky));

        await().atMost(WITHIN).until(() -> listener.processedUsers(couple).contains(Listener.FLAKY_USER));
        assertThat(listener.attempts(couple, 0)).isEqualTo(Listener.FLAKY_FAILURES + 1);
        assertThat(listener.processedUsers(couple)).containsExactly(Listener.FLAKY_USER);
        assertThat(deadLettersOf(couple)).isEmpty();
    }

    private static double deadLetterCount(MeterRegistry meters) {
        Counter counter = meters.find(DeadLetterRecoverer.DEAD_LETTERS_METER)
                .tags("topic", Topic.COUPLES.topicName(), "group", GROUP).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(String couple) {
        return TopicReader.readAll(bootstrapServers, DEAD_LETTERS, WITHIN).stream()
                .filter(r -> couple.equals(r.key())).toList();
    }

    private static Map<String, String> headers(CoupleStarted event, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), EventType.COUPLE_STARTED.ceType(), "/hearth/journal-service",
                event.coupleId(), Instant.now(), event.coupleId(), sequence, null, HearthEventJson.write(event)).headers();
    }

    private static synchronized RecordMetadata send(String key, Map<String, String> headers, byte[] value) throws Exception {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.COUPLES.topicName(), key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return producer.send(record).get();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ConsumerApp {

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    /** Records what it processed; fails the first attempts of the flaky user's event, like a database blip. */
    static class Listener {

        static final String FLAKY_USER = "flaky";
        static final int FLAKY_FAILURES = 2;

        private final List<DecodedEvent> processed = new CopyOnWriteArrayList<>();
        private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        private final Map<String, String> correlationIds = new ConcurrentHashMap<>();

        @KafkaListener(topics = "hearth.couples.v1", groupId = GROUP)
        void on(ConsumerRecord<String, byte[]> record) {
            attempts.merge(record.key() + "@" + sequenceOf(record), 1, Integer::sum);
            PublicEventRecords.decode(record).ifPresent(decoded -> {
                CoupleStarted started = (CoupleStarted) decoded.event();
                if (FLAKY_USER.equals(started.userId()) && attempts(started.coupleId(), decoded.envelope().aggregateSequence()) <= FLAKY_FAILURES) {
                    throw new IllegalStateException("read model unavailable");
                }
                correlationIds.put(started.coupleId() + "/" + started.userId(),
                        Optional.ofNullable(MDC.get("correlationId")).orElse("none"));
                processed.add(decoded);
            });
        }

        Optional<String> correlationIdWhileHandling(String couple, String user) {
            return Optional.ofNullable(correlationIds.get(couple + "/" + user));
        }

        int attempts(String couple, long sequence) {
            return attempts.getOrDefault(couple + "@" + sequence, 0);
        }

        List<String> processedUsers(String couple) {
            return processed.stream().map(DecodedEvent::event).map(CoupleStarted.class::cast)
                    .filter(event -> event.coupleId().equals(couple)).map(CoupleStarted::userId).toList();
        }

        private static String sequenceOf(ConsumerRecord<String, byte[]> record) {
            var header = record.headers().lastHeader(CloudEventHeaders.AGGREGATE_SEQUENCE);
            return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
