package dev.hearth.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.platform.web.ProblemTranslator;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Boot 4 bridge for Axon 4.13 on PostgreSQL.
 *
 * <p>Axon's JDBC and transaction auto-configurations are ordered after Boot 3's class names, which
 * Boot 4 moved: left alone, they are evaluated before the {@link DataSource} and the
 * {@link PlatformTransactionManager} exist, so Axon ends up with no event store or, worse, its no-op
 * transaction manager. This configuration runs after Boot 4's DataSource, transaction and Flyway
 * auto-configurations and before Axon's, and declares every storage component itself; Axon's own
 * beans are {@code @ConditionalOnMissingBean} and back off. Axon then builds exactly one
 * {@code EmbeddedEventStore} over the storage engine declared here.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
                "org.axonframework.springboot.autoconfig.InfraConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
                "org.axonframework.springboot.autoconfig.XStreamAutoConfiguration"})
@EnableConfigurationProperties(TokenStoreProperties.class)
public class HearthAxonAutoConfiguration {

    /** PostgreSQL's unique_violation: the driver never throws SQLIntegrityConstraintViolationException. */
    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Event timestamps come from the application's clock, so tests and replays can control time. */
    @Bean
    public ConfigurerModule hearthAxonClock(Clock clock) {
        return configurer -> GenericEventMessage.clock = clock;
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /** The connection of the Spring transaction, shared by everything in one unit of work. */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Axon's JSON mapper: Jackson 2, which Axon's serializer needs (Boot 4's own mapper is Jackson 3). */
    @Bean
    @ConditionalOnMissingBean(name = "defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper() {
        return HearthSerializer.objectMapper();
    }

    /** Jackson everywhere from day one: changing the serializer later breaks every stored event. */
    @Bean
    @Primary
    public Serializer serializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                 RevisionResolver revisionResolver) {
        return jackson(objectMapper, revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                      RevisionResolver revisionResolver) {
        return jackson(objectMapper, revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                        RevisionResolver revisionResolver) {
        return jackson(objectMapper, revisionResolver);
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domainevententry")
                .snapshotTable("snapshotevententry")
                .globalIndexColumn("globalindex")
                .timestampColumn("timestamp")
                .eventIdentifierColumn("eventidentifier")
                .aggregateIdentifierColumn("aggregateidentifier")
                .sequenceNumberColumn("sequencenumber")
                .typeColumn("type")
                .payloadTypeColumn("payloadtype")
                .payloadRevisionColumn("payloadrevision")
                .payloadColumn("payload")
                .metaDataColumn("metadata")
                .build();
    }

    /**
     * The only place to tune gap handling ({@code maxGapOffset}, {@code gapTimeout}) if it is ever
     * needed; whatever changes here must keep the resolver and Spring's transaction manager.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 TransactionManager axonTransactionManager,
                                                 ConnectionProvider connectionProvider,
                                                 EventSchema eventSchema,
                                                 org.axonframework.config.Configuration configuration) {
        return new UnsnapshottedEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .transactionManager(axonTransactionManager)
                .connectionProvider(connectionProvider)
                .schema(eventSchema));
    }

    /**
     * Axon's embedded event store, paced: its processors are woken at most once per
     * {@code hearth.axon.event-store.wake-interval} (0 wakes them after every commit, as Axon does),
     * so they take what was committed in batches ({@link PacedEventStore}).
     */
    @Bean
    @ConditionalOnMissingBean(EventBus.class)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         @Value("${hearth.axon.event-store.wake-interval:20ms}") Duration wakeInterval) {
        return new PacedEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)), wakeInterval);
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("tokenentry")
                .setProcessorNameColumn("processorname")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("tokentype")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenSchema tokenSchema, TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .claimTimeout(properties.getClaimTimeout())
                .build();
    }

    /** Aggregates opt in with {@code @Aggregate(cache = "aggregateCache")}; the least used go first, at a fixed size. */
    @Bean
    public Cache aggregateCache(@Value("${hearth.axon.aggregate-cache.size:10000}") long size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    public MessageDispatchInterceptor<CommandMessage<?>> hearthCorrelationDispatchInterceptor() {
        return new CorrelationDispatchInterceptor();
    }

    /** Copies the correlation id from the handled message onto every message it causes (events, commands). */
    @Bean
    public CorrelationDataProvider hearthCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(CorrelationMetadata.KEY);
    }

    /**
     * Axon's own provider (correlationId, traceId): Axon only declares it when no provider bean
     * exists, so declaring ours would otherwise drop it.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * The event's correlation id in the MDC of every event processor's thread while it handles the
     * event. Registered here, not as a bean: Axon would also hand a handler-interceptor bean to
     * every processor, and it would run twice.
     */
    @Bean
    public ConfigurerModule hearthCorrelationLogging() {
        CorrelationLoggingInterceptor interceptor = new CorrelationLoggingInterceptor();
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((configuration, processorName) -> interceptor));
    }

    @Bean
    public ProblemTranslator axonProblemTranslator() {
        return new AxonProblemTranslator();
    }

    /** An event store that does not answer in time is a 503, not a 500 after a 30-second hang. */
    @Bean
    public ProblemTranslator databaseOutages() {
        return new DatabaseOutages();
    }

    @Bean
    @ConditionalOnMissingBean
    public Commands commands(CommandGateway commandGateway,
                             @Value("${hearth.commands.timeout:10s}") Duration timeout) {
        return new Commands(commandGateway, timeout);
    }

    private static Serializer jackson(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return HearthSerializer.jackson(objectMapper, revisionResolver);
    }
}
