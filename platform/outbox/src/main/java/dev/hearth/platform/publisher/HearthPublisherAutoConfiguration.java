package dev.hearth.platform.publisher;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.axon.HearthAxonAutoConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.Configuration;
import dev.hearth.platform.axon.AsyncCommitTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.timeout.TaskTimeoutSettings;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TimeoutProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.kafka.autoconfigure.SslBundleSslEngineFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The outbox publisher of a write service: a tracking processor, {@value KafkaEventPublisher#PROCESSING_GROUP},
 * reads the service's own event store and sends every event its {@link PublicEventTranslator} makes
 * public to Kafka; its token advances only after Kafka acknowledged the whole batch.
 *
 * <p>A tracking processor rather than a pooled streaming one: the pooled one was measured here to add
 * about 500 ms per event, the tracking one sees new events within milliseconds.
 *
 * <p>Metrics ({@link PublisherMetrics}): the outbox's lag and the events published, and the
 * producer's Kafka client metrics. The {@code kafka} health component comes from platform-consumer.
 */
@AutoConfiguration(after = HearthAxonAutoConfiguration.class,
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({PublisherProperties.class, PublicTopicsProperties.class})
public class HearthPublisherAutoConfiguration {

    @Bean
    PublisherProducer hearthPublisherProducer(KafkaProperties kafkaProperties,
                                              KafkaConnectionDetails connectionDetails,
                                              PublisherProperties properties,
                                              ObjectProvider<MeterRegistry> meterRegistry) {
        Map<String, Object> producerProperties = kafkaProperties.buildProducerProperties();
        // Where Boot's own producer connects (spring.kafka.* or a service connection).
        KafkaConnectionDetails.Configuration connection = connectionDetails.getProducer();
        producerProperties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, connection.getBootstrapServers());
        if (connection.getSecurityProtocol() != null) {
            producerProperties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, connection.getSecurityProtocol());
        }
        SslBundle sslBundle = connection.getSslBundle();
        if (sslBundle != null) {
            producerProperties.put(SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG, SslBundleSslEngineFactory.class);
            producerProperties.put(SslBundle.class.getName(), sslBundle);
        }
        return new PublisherProducer(producerProperties, properties.producer(), meterRegistry.getIfUnique());
    }

    /** Without Boot's metrics (no actuator) the counts go to Micrometer's global registry. */
    @Bean
    PublisherMetrics hearthPublisherMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
        return new PublisherMetrics(meterRegistry.getIfUnique(() -> Metrics.globalRegistry));
    }

    /** The gauge {@value PublisherMetrics#LAG_METER}; its source reads the store at most once per {@code lag-cache}. */
    @Bean
    PublisherLag hearthPublisherLag(Configuration axon, DataSource dataSource, Serializer serializer,
                                    TokenSchema tokenSchema, PublisherProperties properties,
                                    ObjectProvider<MeterRegistry> meterRegistry) {
        // The token store's serializer is the primary one (platform-axon's tokenStore bean).
        PublishedPosition published = new PublishedPosition(
                () -> axon.eventProcessingConfiguration()
                        .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class),
                dataSource, serializer, tokenSchema);
        PublisherLag lag = new PublisherLag(() -> position(axon.eventStore().createHeadToken()), published::get,
                properties.lagCache(), System::nanoTime);
        Gauge.builder(PublisherMetrics.LAG_METER, lag, PublisherLag::eventsBehind)
                .description("Events stored but not yet published to Kafka by the outbox processor")
                .strongReference(true)
                .register(meterRegistry.getIfUnique(() -> Metrics.globalRegistry));
        return lag;
    }

    @Bean
    ConfigurerModule hearthPublisherProcessor(List<PublicEventTranslator> translators, PublisherProducer producer,
                                              PublisherProperties properties, PublisherMetrics metrics,
                                              ObjectProvider<TimeoutProperties> axonTimeouts, DataSource dataSource) {
        axonTimeouts.ifAvailable(timeouts -> allowResendBudget(timeouts, properties));
        PublicEventTranslator translator = PublicEventTranslator.firstOf(translators);
        String group = KafkaEventPublisher.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> {
            if (properties.asyncCommit()) {
                processing.registerTransactionManager(group, configuration -> new AsyncCommitTransactionManager(
                        configuration.getComponent(TransactionManager.class), dataSource));
            }
            processing
                .registerEventHandler(configuration -> new KafkaEventPublisher(
                        translator, producer, properties, () -> isRunning(configuration), metrics))
                .assignHandlerInstancesMatching(group, Integer.MAX_VALUE, KafkaEventPublisher.class::isInstance)
                .registerTrackingEventProcessor(group, Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.batchSize()))
                // Axon's default error handlers only log: a failed send would be skipped for ever.
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance())
                .registerErrorHandler(group, configuration -> PropagatingErrorHandler.instance())
                .registerSequencingPolicy(group, configuration -> new CoupleSequencingPolicy(translator));
        });
    }

    /**
     * Hearth switches Axon's own timeouts off ({@code HearthAxonDefaults}); a deployment that turns them
     * on ({@code axon.timeout.enabled=true}) gets Axon 4.13's defaults, which interrupt an event
     * processor's unit of work after 60 s, logging a stack trace every second from 10 s on. The
     * publisher's unit of work legitimately lasts as long as Kafka is away, up to the resend budget:
     * unless {@code axon.timeout.transaction.event-processor.hearth-publisher.*} is configured, its limit
     * becomes the budget plus one more attempt, without the periodic warnings ({@link BatchDelivery}
     * logs every failed attempt itself).
     */
    static void allowResendBudget(TimeoutProperties timeouts, PublisherProperties properties) {
        Map<String, TaskTimeoutSettings> perProcessor = timeouts.getTransaction().getEventProcessor();
        if (!perProcessor.containsKey(KafkaEventPublisher.PROCESSING_GROUP)) {
            Duration limit = properties.resend().budget()
                    .plus(properties.producer().maxBlock())
                    .plus(properties.producer().deliveryTimeout())
                    .plusSeconds(30);
            int limitMs = (int) Math.min(Integer.MAX_VALUE, limit.toMillis());
            // A warning threshold at the limit means: no warnings, only the interrupt at the limit.
            perProcessor.put(KafkaEventPublisher.PROCESSING_GROUP, new TaskTimeoutSettings(limitMs, limitMs, limitMs));
        }
    }

    /** Every public topic, from the one table in contracts; Boot's KafkaAdmin creates the missing ones. */
    @Bean
    KafkaAdmin.NewTopics hearthPublicTopics(PublicTopicsProperties properties) {
        return new KafkaAdmin.NewTopics(Arrays.stream(Topic.values())
                .map(topic -> newTopic(topic, properties))
                .toArray(NewTopic[]::new));
    }

    static NewTopic newTopic(Topic topic, PublicTopicsProperties properties) {
        TopicBuilder builder = TopicBuilder.name(topic.topicName())
                .partitions(topic.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retentionMs()));
        if (properties.minInsyncReplicas() > 1) {
            builder.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas()));
        }
        return builder.build();
    }

    private static long position(@Nullable TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private static boolean isRunning(Configuration configuration) {
        return configuration.eventProcessingConfiguration()
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP)
                .map(EventProcessor::isRunning)
                .orElse(true);
    }
}
