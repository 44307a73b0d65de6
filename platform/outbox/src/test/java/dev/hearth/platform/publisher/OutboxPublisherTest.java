package dev.hearth.platform.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.platform.web.CorrelationId;
import dev.hearth.platform.publisher.pledge.KeepPledge;
import dev.hearth.platform.publisher.pledge.MakePledge;
import dev.hearth.platform.publisher.pledge.NotePledge;
import dev.hearth.platform.publisher.pledge.PledgeApplication;
import dev.hearth.platform.local.KafkaBrokerProcess;
import dev.hearth.platform.test.TestPostgres;
import dev.hearth.platform.test.TestTokens;
import dev.hearth.platform.test.TopicReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The publisher in a tiny service against a real Kafka broker (its own, so it can be stopped) and a
 * real PostgreSQL. Client timeouts are short here so that the outage test takes seconds.
 */
@SpringBootTest(classes = PledgeApplication.class, properties = {
        "hearth.publisher.source=/hearth/pledge-service",
        "hearth.publisher.producer.max-block=2s",
        "hearth.publisher.producer.request-timeout=2s",
        "hearth.publisher.producer.delivery-timeout=4s",
        "hearth.publisher.producer.retry-backoff-max=250ms",
        "hearth.publisher.resend.initial-backoff=100ms",
        "hearth.publisher.resend.max-backoff=500ms",
        "spring.kafka.producer.properties.reconnect.backoff.max.ms=250"})
class OutboxPublisherTest {

    private static final KafkaBrokerProcess BROKER = KafkaBrokerProcess.inTemporaryDirectory();
    private static final String COMMITMENTS = Topic.COMMITMENTS.topicName();
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // No topics created here: the publisher's own NewTopic beans must do it.
        BROKER.start();
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
        registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("platform_publisher"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        // Every servlet service is a resource server (platform-servlet): it needs a key to trust.
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @AfterAll
    static void closeBroker() {
        BROKER.close();
    }

    @Autowired CommandGateway commands;
    @Autowired EventStore eventStore;
    @Autowired Configuration axon;
    @Autowired ObjectProvider<TimeoutProperties> axonTimeouts;
    @Autowired PublisherProperties publisherProperties;
    @Autowired PrometheusMeterRegistry meters;
    @Autowired DataSource dataSource;
    @Autowired Serializer serializer;
    @Autowired TokenSchema tokenSchema;

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void the_publisher_is_a_tracking_processor_that_propagates_errors_and_sequences_by_couple() {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();

        assertThat(processing.eventProcessor("hearth-publisher", TrackingEventProcessor.class))
                .hasValueSatisfying(processor ->
                        assertThat(ReflectionTestUtils.getField(processor, "batchSize")).isEqualTo(50));
        assertThat(processing.errorHandler("hearth-publisher")).isSameAs(PropagatingErrorHandler.instance());
        assertThat(processing.listenerInvocationErrorHandler("hearth-publisher"))
                .isSameAs(PropagatingErrorHandler.instance());
        assertThat(processing.sequencingPolicy("hearth-publisher")).isInstanceOf(CoupleSequencingPolicy.class);
        assertThat(processing.interceptorsFor("hearth-publisher")).as("the event's correlation id in the MDC")
                .anySatisfy(interceptor ->
                        assertThat(interceptor.getClass().getSimpleName()).isEqualTo("CorrelationLoggingInterceptor"));
    }

    @Test
    void prometheus_shows_the_outbox_lag_the_published_events_and_the_producers_and_processors_metrics() {
        String coupleId = UUID.randomUUID().toString();
        commands.sendAndWait(new MakePledge(UUID.randomUUID().toString(), coupleId, "alice", "bob", "metrics"));
        readUntil(ofCouple(coupleId), 1);
        await().atMost(WITHIN).until(() -> lag() == 0);

        assertThat(meters.scrape())
                .contains("hearth_publisher_lag_events 0.0")
                .contains("hearth_publisher_published_total{topic=\"hearth.commitments.v1\",type=\"dev.hearth.commitment.PromiseMade.v1\"}")
                .contains("kafka_producer_record_send_total{")
                .contains("eventProcessor_latency{processorName=\"hearth-publisher\"}")
                .contains("commandBus_successCounter_total{payloadType=\"MakePledge\"}");
    }

    @Test
    void axon_never_interrupts_the_publishers_unit_of_work_and_would_give_it_the_resend_budget_if_its_timeouts_were_on() {
        // Hearth switches Axon's own timeouts off (HearthAxonDefaults): only the resend budget bounds the unit of work.
        assertThat(axonTimeouts.getIfAvailable()).isNull();

        TimeoutProperties switchedOn = new TimeoutProperties();
        HearthPublisherAutoConfiguration.allowResendBudget(switchedOn, publisherProperties);

        assertThat(switchedOn.getTransaction().getEventProcessor().get("hearth-publisher").getTimeoutMs())
                .isGreaterThan((int) Duration.ofMinutes(5).toMillis());
        assertThat(switchedOn.getTransaction().getEventProcessors().getTimeoutMs()).isEqualTo(60_000);
    }

    @Test
    void an_instance_that_does_not_hold_the_publishers_segment_reads_its_position_from_the_token_store() {
        String coupleId = UUID.randomUUID().toString();
        commands.sendAndWait(new MakePledge(UUID.randomUUID().toString(), coupleId, "alice", "bob", "position"));
        readUntil(ofCouple(coupleId), 1);
        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor("hearth-publisher", TrackingEventProcessor.class).orElseThrow();
        PublishedPosition here = new PublishedPosition(() -> Optional.of(processor), dataSource, serializer, tokenSchema);
        PublishedPosition elsewhere = new PublishedPosition(Optional::empty, dataSource, serializer, tokenSchema);

        // Caught up here: the processor's status moves only after its token was committed.
        await().atMost(WITHIN).until(() -> here.get() == eventStore.createHeadToken().position().orElseThrow());
        assertThat(elsewhere.get()).isEqualTo(here.get());
    }

    @Test
    void every_public_topic_is_created_from_the_contract_table_and_kept_for_ever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers()))) {
            List<String> names = Arrays.stream(Topic.values()).map(Topic::topicName).toList();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get();

            for (Topic topic : Topic.values()) {
                assertThat(topics.get(topic.topicName()).partitions()).hasSize(topic.partitions());
                assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.topicName()))
                        .get("retention.ms").value()).isEqualTo("-1");
            }
        }
    }

    @Test
    void a_public_event_reaches_its_topic_keyed_by_couple_with_every_cloudevents_header() {
        String coupleId = UUID.randomUUID().toString();
        String pledgeId = UUID.randomUUID().toString();
        MDC.put(CorrelationId.MDC_KEY, "request-7");

        commands.sendAndWait(new MakePledge(pledgeId, coupleId, "alice", "bob", "walk the dog every day"));

        DomainEventMessage<?> stored = eventStore.readEvents(pledgeId).next();
        ConsumerRecord<String, byte[]> record = single(readUntil(ofCouple(coupleId), 1), coupleId);
        assertThat(record.key()).isEqualTo(coupleId);
        assertThat(TopicReader.headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", stored.getIdentifier(),
                "ce_type", "dev.hearth.commitment.PromiseMade.v1",
                "ce_source", "/hearth/pledge-service",
                "ce_subject", coupleId,
                "ce_time", stored.getTimestamp().toString(),
                "ce_aggregateid", pledgeId,
                "ce_aggregateseq", "0",
                "ce_correlationid", "request-7",
                "content-type", "application/json"));
        assertThat(Instant.parse(TopicReader.headers(record).get("ce_time"))).isEqualTo(stored.getTimestamp());
        assertThat(record.value())
                .isEqualTo(HearthEventJson.write(new PromiseMade(pledgeId, coupleId, "alice", "bob", null)));
        assertThat(new String(record.value())).doesNotContain("walk the dog");
    }

    @Test
    void events_the_translator_keeps_private_are_skipped_and_the_processor_moves_on() {
        String coupleId = UUID.randomUUID().toString();
        String pledgeId = UUID.randomUUID().toString();

        commands.sendAndWait(new MakePledge(pledgeId, coupleId, "alice", "bob", "call mum"));
        commands.sendAndWait(new NotePledge(pledgeId, "she will love it"));
        commands.sendAndWait(new KeepPledge(pledgeId, "bob"));

        List<ConsumerRecord<String, byte[]>> records = readUntil(ofCouple(coupleId), 2);
        assertThat(positions(records, coupleId)).containsExactly(pledgeId + ":0", pledgeId + ":2");
        assertThat(HearthEventJson.read(records.stream().filter(ofCouple(coupleId)).toList().get(1).value(), PromiseKept.class))
                .isEqualTo(new PromiseKept(pledgeId, coupleId, "alice", "bob", "bob"));
    }

    @Test
    void while_kafka_is_down_commands_succeed_and_when_it_returns_every_event_arrives_once_in_couple_order()
            throws InterruptedException {
        long testStarted = System.nanoTime();
        List<String> couples = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        couples.forEach(couple -> expected.put(couple, new ArrayList<>()));

        await().atMost(WITHIN).until(() -> lag() == 0);
        double publishedBefore = published();

        BROKER.stop();
        long outageBegan = System.nanoTime();
        Duration commandsTook;
        try {
            for (int round = 0; round < 3; round++) {
                for (String couple : couples) {
                    String pledgeId = UUID.randomUUID().toString();
                    commands.sendAndWait(new MakePledge(pledgeId, couple, "alice", "bob", "round " + round));
                    commands.sendAndWait(new KeepPledge(pledgeId, "bob"));
                    expected.get(couple).addAll(List.of(pledgeId + ":0", pledgeId + ":1"));
                }
            }
            commandsTook = since(outageBegan);
            // Every event stored during the outage is counted as waiting for Kafka.
            await().atMost(Duration.ofSeconds(3)).until(() -> lag() == 12);
            // Kafka stays away longer than the producer's delivery timeout (4 s), so the batch fails
            // and is sent again, as in a real outage.
            Thread.sleep(Math.max(0, Duration.ofSeconds(6).minus(since(outageBegan)).toMillis()));
        } finally {
            BROKER.start();
        }
        long kafkaBack = System.nanoTime();

        List<ConsumerRecord<String, byte[]>> arrived = readUntil(record -> couples.contains(record.key()), 12);
        Duration recovery = since(kafkaBack);
        List<ConsumerRecord<String, byte[]>> everything = TopicReader.readAll(BROKER.bootstrapServers(), COMMITMENTS, WITHIN);

        assertThat(commandsTook).isLessThan(Duration.ofSeconds(5));
        for (String couple : couples) {
            assertThat(positions(arrived, couple)).containsExactlyElementsOf(expected.get(couple));
            assertThat(positions(everything, couple)).containsExactlyElementsOf(expected.get(couple));
        }
        assertThat(recovery).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> lag() == 0);
        assertThat(published() - publishedBefore).isEqualTo(12);

        // And the processor is not left asleep in a back-off: a new event goes out at once.
        String after = UUID.randomUUID().toString();
        long sent = System.nanoTime();
        commands.sendAndWait(new MakePledge(UUID.randomUUID().toString(), after, "alice", "bob", "after"));
        readUntil(ofCouple(after), 1);
        assertThat(since(sent)).isLessThan(Duration.ofSeconds(3));
        assertThat(since(testStarted)).isLessThan(Duration.ofSeconds(60));
    }

    /** The outbox lag as Prometheus reads it. */
    private double lag() {
        Gauge gauge = meters.find("hearth.publisher.lag.events").gauge();
        assertThat(gauge).isNotNull();
        return gauge.value();
    }

    private double published() {
        return meters.find("hearth.publisher.published").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static List<ConsumerRecord<String, byte[]>> readUntil(
            Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(BROKER.bootstrapServers(), COMMITMENTS,
                WITHIN, read -> read.stream().filter(wanted).count() >= count);
        assertThat(records.stream().filter(wanted).count()).as("records arrived within " + WITHIN).isGreaterThanOrEqualTo(count);
        return records;
    }

    private static Predicate<ConsumerRecord<String, byte[]>> ofCouple(String coupleId) {
        return record -> coupleId.equals(record.key());
    }

    private static ConsumerRecord<String, byte[]> single(List<ConsumerRecord<String, byte[]>> records, String coupleId) {
        List<ConsumerRecord<String, byte[]>> ofCouple = records.stream().filter(ofCouple(coupleId)).toList();
        assertThat(ofCouple).hasSize(1);
        return ofCouple.get(0);
    }

    /** {@code aggregateId:sequence} of a couple's records, in the order Kafka holds them. */
    private static List<String> positions(List<ConsumerRecord<String, byte[]>> records, String coupleId) {
        Set<Integer> partitions = records.stream().filter(ofCouple(coupleId)).map(ConsumerRecord::partition)
                .collect(Collectors.toSet());
        assertThat(partitions).as("one couple, one partition").hasSizeLessThanOrEqualTo(1);
        return records.stream().filter(ofCouple(coupleId))
                .map(record -> TopicReader.headers(record).get("ce_aggregateid") + ":"
                        + TopicReader.headers(record).get("ce_aggregateseq"))
                .toList();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
