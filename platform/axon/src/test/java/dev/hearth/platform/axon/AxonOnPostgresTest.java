package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.axon.tally.CountOne;
import dev.hearth.platform.axon.tally.OneCounted;
import dev.hearth.platform.axon.tally.OpenTally;
import dev.hearth.platform.axon.tally.TallyApplication;
import dev.hearth.platform.axon.tally.TallyOpened;
import dev.hearth.platform.axon.tally.TallyWatcher;
import dev.hearth.platform.web.CorrelationId;
import dev.hearth.platform.web.ProblemTranslator;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/** platform-axon in a real (if tiny) service, against a real PostgreSQL. */
@SpringBootTest(classes = TallyApplication.class)
class AxonOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        AxonTestDatabases.register(registry, "platform_axon", "platform_axon");
    }

    @Autowired ApplicationContext context;
    @Autowired Configuration axon;
    @Autowired CommandGateway commands;
    @Autowired EventStore eventStore;
    @Autowired List<ProblemTranslator> translators;
    @Autowired @Qualifier("aggregateCache") Cache aggregateCache;
    @Autowired JdbcTemplate jdbc;
    @Autowired TallyWatcher watcher;

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void axon_runs_on_the_jdbc_storage_engine_with_springs_transaction_manager() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBeansOfType(TransactionManager.class).values())
                .singleElement().isInstanceOf(SpringTransactionManager.class);
        assertThat(axon.getComponent(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void there_is_exactly_one_event_store_and_it_is_the_paced_embedded_store_over_the_jdbc_engine() {
        assertThat(context.getBeansOfType(EventStore.class).values()).singleElement()
                .isInstanceOf(PacedEventStore.class)
                .isSameAs(axon.eventStore());
        assertThat(ReflectionTestUtils.getField(eventStore, "storageEngine"))
                .isSameAs(context.getBean(EventStorageEngine.class));
    }

    @Test
    void every_serializer_is_jackson() {
        assertThat(context.getBean(Serializer.class)).isInstanceOf(JacksonSerializer.class);
        assertThat(context.getBean("eventSerializer")).isInstanceOf(JacksonSerializer.class);
        assertThat(context.getBean("messageSerializer")).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void the_module_ships_its_axon_defaults() {
        ConfigurableEnvironment environment = (ConfigurableEnvironment) context.getEnvironment();

        assertThat(environment.getPropertySources().contains(HearthAxonDefaults.NAME)).isTrue();
        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("axon.metrics.micrometer.dimensional")).isEqualTo("true");
    }

    @Test
    void no_message_carries_axons_own_timeout_whose_start_walks_the_stack() {
        assertThat(context.getEnvironment().getProperty("axon.timeout.enabled")).isEqualTo("false");
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ConfigurerModule.class)).doesNotContain("axonTimeoutConfigurerModule");
    }

    @Test
    void the_database_client_gives_up_within_seconds_rather_than_hanging() {
        HikariDataSource pool = context.getBean(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1000);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3").containsEntry("socketTimeout", "10");
        assertThat(jdbc.execute((ConnectionCallback<Integer>) Connection::getNetworkTimeout)).isEqualTo(10_000);
        assertThat(translators).anySatisfy(translator -> assertThat(translator).isInstanceOf(DatabaseOutages.class));
    }

    @Test
    void axon_records_dimensional_metrics_into_the_applications_prometheus_registry_and_no_other() {
        String tallyId = UUID.randomUUID().toString();

        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));

        assertThat(context.getBeansOfType(MeterRegistry.class).values()).singleElement()
                .isInstanceOf(PrometheusMeterRegistry.class)
                .isSameAs(context.getBean(GlobalMetricRegistry.class).getRegistry());
        PrometheusMeterRegistry prometheus = context.getBean(PrometheusMeterRegistry.class);
        assertThat(prometheus.find("commandBus.successCounter").tag("payloadType", "OpenTally").counter())
                .isNotNull();
        assertThat(prometheus.scrape())
                .contains("commandBus_successCounter_total{payloadType=\"OpenTally\"}")
                .contains("eventProcessor_latency{processorName=\"tally-watcher\"}");
    }

    @Test
    void an_event_processor_handles_an_event_with_the_correlation_id_of_the_request_that_caused_it() {
        String tallyId = UUID.randomUUID().toString();
        MDC.put(CorrelationId.MDC_KEY, "request-43");

        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> watcher.correlationIdWhileHandling(tallyId).isPresent());
        assertThat(watcher.correlationIdWhileHandling(tallyId)).hasValue("request-43");
    }

    @Test
    void axon_stamps_events_with_the_applications_utc_clock() {
        Clock clock = context.getBean(Clock.class);

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(GenericEventMessage.clock).isSameAs(clock);
    }

    @Test
    void a_command_round_trip_stores_the_events_and_reloads_the_aggregate_from_them() {
        String tallyId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));
        Integer first = commands.sendAndWait(new CountOne(tallyId));

        // Forget the cached instance: the next command must source the aggregate from PostgreSQL.
        aggregateCache.removeAll();
        Integer second = commands.sendAndWait(new CountOne(tallyId));

        assertThat(aggregateCache).isInstanceOf(BoundedAggregateCache.class);
        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(eventStore.readEvents(tallyId).asStream().<Object>map(DomainEventMessage::getPayload))
                .containsExactly(new TallyOpened(tallyId, "couple-1"),
                        new OneCounted(tallyId, "couple-1", 1), new OneCounted(tallyId, "couple-1", 2));
        assertThat(jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, tallyId))
                .containsExactly(
                        "{\"tallyId\":\"" + tallyId + "\",\"coupleId\":\"couple-1\"}",
                        "{\"tallyId\":\"" + tallyId + "\",\"coupleId\":\"couple-1\",\"total\":1}",
                        "{\"tallyId\":\"" + tallyId + "\",\"coupleId\":\"couple-1\",\"total\":2}");
    }

    @Test
    void aggregates_load_from_their_events_alone_the_snapshot_table_is_never_asked_nor_written() {
        String tallyId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));
        jdbc.update("INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                + " payloadrevision, payloadtype, timestamp) VALUES (?, 0, 'Tally', ?, convert_to('{}', 'UTF8'),"
                + " convert_to('\"a snapshot\"', 'UTF8'), NULL, 'java.lang.String', '2026-12-06T00:00:00Z')",
                tallyId, UUID.randomUUID().toString());
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        JdbcEventStorageEngine stock = JdbcEventStorageEngine.builder()
                .snapshotSerializer(context.getBean(Serializer.class))
                .eventSerializer(context.getBean("eventSerializer", Serializer.class))
                .connectionProvider(context.getBean(ConnectionProvider.class))
                .transactionManager(context.getBean(TransactionManager.class))
                .schema(context.getBean(EventSchema.class))
                .build();

        assertThat(stock.readSnapshot(tallyId).<Object>map(DomainEventMessage::getPayload)).contains("a snapshot");
        assertThat(engine).isInstanceOf(UnsnapshottedEventStorageEngine.class);
        assertThat(engine.readSnapshot(tallyId)).isEmpty();
        aggregateCache.removeAll();
        assertThat(commands.<Integer>sendAndWait(new CountOne(tallyId))).isEqualTo(1);
        assertThatThrownBy(() -> engine.storeSnapshot(new GenericDomainEventMessage<>("Tally", tallyId, 1, "a snapshot")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_aggregate_loads_with_one_query_per_batch_and_no_empty_one_after_its_last() {
        String made = UUID.randomUUID().toString();
        String fullBatches = UUID.randomUUID().toString();
        String longer = UUID.randomUUID().toString();
        eventStore.publish(event(made, 0, 1));
        eventStore.publish(events(fullBatches, 200));
        eventStore.publish(events(longer, 250));
        AtomicInteger queries = new AtomicInteger();
        ConnectionProvider connections = context.getBean(ConnectionProvider.class);
        UnsnapshottedEventStorageEngine engine = new UnsnapshottedEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(context.getBean(Serializer.class))
                .eventSerializer(context.getBean("eventSerializer", Serializer.class))
                .connectionProvider(() -> countingStatements(connections.getConnection(), queries))
                .transactionManager(context.getBean(TransactionManager.class))
                .schema(context.getBean(EventSchema.class))
                .batchSize(100));

        assertThat(engine.readEvents(made).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L);
        assertThat(queries.getAndSet(0)).isEqualTo(1);
        assertThat(engine.readEvents(fullBatches).asStream().count()).isEqualTo(200);
        assertThat(queries.getAndSet(0)).as("two full batches, then an empty one").isEqualTo(3);
        assertThat(engine.readEvents(longer).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(0, 250).boxed().toList());
        assertThat(queries.getAndSet(0)).isEqualTo(3);
    }

    @Test
    void the_requests_correlation_id_reaches_every_event_the_command_causes() {
        String tallyId = UUID.randomUUID().toString();
        MDC.put(CorrelationId.MDC_KEY, "request-42");

        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));
        commands.sendAndWait(new CountOne(tallyId));

        assertThat(eventStore.readEvents(tallyId).asStream().map(CorrelationMetadata::of))
                .containsExactly(Optional.of("request-42"), Optional.of("request-42"));
    }

    @Test
    void a_command_without_a_request_carries_no_correlation_id() {
        String tallyId = UUID.randomUUID().toString();

        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));

        assertThat(eventStore.readEvents(tallyId).asStream().map(CorrelationMetadata::of))
                .containsExactly(Optional.empty());
    }

    @Test
    void a_second_append_at_the_same_sequence_is_a_concurrent_change() {
        String aggregateId = UUID.randomUUID().toString();
        eventStore.publish(event(aggregateId, 0, 1));
        eventStore.publish(event(aggregateId, 1, 2));

        assertThatThrownBy(() -> eventStore.publish(event(aggregateId, 1, 3)))
                .isInstanceOf(ConcurrencyException.class)
                .satisfies(failure -> assertThat(translate(failure))
                        .hasValueSatisfying(rejection ->
                                assertThat(rejection.type()).isEqualTo(ProblemType.CONCURRENT_CHANGE)));
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, aggregateId))
                .isEqualTo(2);
    }

    @Test
    void a_second_creation_of_one_aggregate_id_is_a_concurrent_change() {
        String aggregateId = UUID.randomUUID().toString();
        eventStore.publish(event(aggregateId, 0, 1));

        assertThatThrownBy(() -> eventStore.publish(event(aggregateId, 0, 1)))
                .isInstanceOf(AggregateStreamCreationException.class)
                .satisfies(failure -> assertThat(translate(failure)).map(Rejection::type)
                        .hasValue(ProblemType.CONCURRENT_CHANGE));
    }

    @Test
    void a_rejection_from_an_aggregate_reaches_the_caller_as_itself() {
        String tallyId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenTally(tallyId, "couple-1"));
        for (int i = 0; i < 3; i++) {
            commands.sendAndWait(new CountOne(tallyId));
        }

        assertThatThrownBy(() -> commands.sendAndWait(new CountOne(tallyId)))
                .satisfies(failure -> assertThat(translate(failure))
                        .hasValueSatisfying(rejection -> {
                            assertThat(rejection.type()).isEqualTo(ProblemType.PROMISE_CLOSED);
                            assertThat(rejection.detail()).isEqualTo("The tally is full.");
                        }));
    }

    private Optional<Rejection> translate(Throwable failure) {
        return translators.stream().map(translator -> translator.translate(failure))
                .flatMap(Optional::stream).findFirst();
    }

    private static List<GenericDomainEventMessage<OneCounted>> events(String aggregateId, int count) {
        return IntStream.range(0, count).mapToObj(sequence -> event(aggregateId, sequence, sequence + 1)).toList();
    }

    /** The connection, counting the statements prepared on it. */
    private static Connection countingStatements(Connection connection, AtomicInteger prepared) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static GenericDomainEventMessage<OneCounted> event(String aggregateId, long sequence, int total) {
        return new GenericDomainEventMessage<>("Tally", aggregateId, sequence,
                new OneCounted(aggregateId, "couple-1", total), Map.of());
    }
}
