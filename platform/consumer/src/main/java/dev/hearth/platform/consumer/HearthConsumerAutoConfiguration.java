package dev.hearth.platform.consumer;

import dev.hearth.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumers of public events, configured once for every service (docs/architecture.md, "Framework
 * traps": consuming). Spring Kafka's default retries ten times without pause and then
 * skips, so a short database blip would dead-letter good events. Here:
 * <ul>
 *   <li>a record that cannot be deserialized ({@link ErrorHandlingDeserializer}) or decoded
 *       ({@link PoisonEvent}) goes to {@code <topic>.<group>-dlt}, same partition, at once, with
 *       Spring's exception headers;</li>
 *   <li>any other failure is infrastructure: retried with exponential back-off for ever, never
 *       dead-lettered, so the partition waits until the database is back;</li>
 *   <li>consumers start from {@code earliest}: the topics are the history read models are built from.</li>
 * </ul>
 * An unknown event type is neither: {@link PublicEventRecords#decode} skips and counts it. Dead
 * letters are counted ({@value DeadLetterRecoverer#DEAD_LETTERS_METER}) and a record's correlation id
 * is in the MDC while it is handled ({@link CorrelationRecordInterceptor}).
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(HearthConsumerProperties.class)
public class HearthConsumerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HearthConsumerAutoConfiguration.class);
    static final int FETCH_MIN_BYTES = 32 * 1024;
    static final int FETCH_MAX_WAIT_MS = 40;
    static final int MAX_POLL_RECORDS = 2_000;

    /** Public events: keys are coupleIds, values JSON bytes decoded by {@link PublicEventRecords}. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer hearthConsumerFactoryCustomizer(KafkaProperties kafka) {
        return factory -> {
            Map<String, Object> configs = new HashMap<>();
            configs.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
            configs.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
            configs.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
            configs.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, ByteArrayDeserializer.class);
            if (kafka.getConsumer().getAutoOffsetReset() == null) {
                configs.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            }
            // A fetch waits up to 40 ms for 32 kB instead of answering each new record alone: under load a
            // poll carries many events (one batched read and one bulk write per poll), and the broker and the
            // consumers do a fraction of the fetches. Costs a view at most 40 ms of lag; Boot's
            // spring.kafka.consumer.fetch-min-size and fetch-max-wait override it.
            if (kafka.getConsumer().getFetchMinSize() == null) {
                configs.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
            }
            if (kafka.getConsumer().getFetchMaxWait() == null) {
                configs.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
            }
            // A view catching up (a rebuild, or after an outage) reads, folds and writes a poll at a time, with
            // one offset commit: polls of up to 2,000 records instead of 500 made a rebuild 30-50 % faster.
            // Live load fills a poll with far fewer. Boot's spring.kafka.consumer.max-poll-records overrides it.
            if (kafka.getConsumer().getMaxPollRecords() == null) {
                configs.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
            }
            factory.updateConfigs(configs);
        };
    }

    /** Boot's listener container factory takes a single {@link RecordInterceptor} bean; a service's own replaces this one. */
    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> hearthCorrelationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Bean
    DeadLetters hearthDeadLetters(KafkaProperties kafka, KafkaConnectionDetails connection,
                                  ObjectProvider<MeterRegistry> meterRegistry) {
        Map<String, Object> configs = new HashMap<>(kafka.buildProducerProperties());
        configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        if (connection.getProducer().getSecurityProtocol() != null) {
            configs.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, connection.getProducer().getSecurityProtocol());
        }
        configs.put(ProducerConfig.ACKS_CONFIG, "all");
        configs.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configs.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        // A key or value whose deserialization failed reaches the recoverer as its raw bytes.
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        DefaultKafkaProducerFactory<Object, Object> producers = new DefaultKafkaProducerFactory<>(configs,
                new DelegatingByTypeSerializer(byType), new DelegatingByTypeSerializer(byType));
        // Boot binds client metrics of its own factories only; this one is ours.
        meterRegistry.ifUnique(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        return new DeadLetters(producers);
    }

    @Bean
    DeadLetterRecoverer hearthDeadLetterRecoverer(DeadLetters deadLetters, HearthConsumerProperties properties,
                                                  Environment environment, ObjectProvider<MeterRegistry> meterRegistry) {
        String configuredGroup = groupId(properties, environment);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(deadLetters.template(),
                (record, exception) -> deadLetterPartition(record, exception, configuredGroup));
        // Without Boot's metrics the global registry counts, as for unknown types.
        return new DeadLetterRecoverer(publisher, meterRegistry.getIfUnique(() -> Metrics.globalRegistry), configuredGroup);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler hearthConsumerErrorHandler(DeadLetterRecoverer recoverer, HearthConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(),
                properties.retry().multiplier());
        backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // Spring's defaults (deserialization, conversion, ClassCast…) stay not-retryable; add ours.
        handler.addNotRetryableExceptions(PoisonEvent.class);
        // Called for every failed delivery, a poison record's single one included: it is then dead-lettered, not retried.
        handler.setRetryListeners((record, exception, attempt) ->
                log.warn("Delivery {} of {} failed: {}", attempt, KafkaUtils.format(record), rootMessage(exception)));
        return handler;
    }

    @Bean
    KafkaAdmin.NewTopics hearthDeadLetterTopics(HearthConsumerProperties properties, Environment environment) {
        String group = groupId(properties, environment);
        if (group == null && !properties.deadLetterTopics().isEmpty()) {
            throw new IllegalStateException("Set hearth.consumer.group-id (or spring.application.name) to name the dead-letter topics");
        }
        // The same settings as the public topics (platform-publisher's hearth.kafka.*).
        short replication = environment.getProperty("hearth.kafka.replication-factor", Short.class, (short) 1);
        int minInsync = environment.getProperty("hearth.kafka.min-insync-replicas", Integer.class, 1);
        return new KafkaAdmin.NewTopics(properties.deadLetterTopics().stream()
                .map(name -> {
                    Topic topic = Topic.byName(name).orElseThrow(() -> new IllegalStateException(
                            "hearth.consumer.dead-letter-topics: '" + name + "' is not a public topic"));
                    TopicBuilder builder = TopicBuilder.name(topic.deadLetterTopic(group))
                            .partitions(topic.partitions())
                            .replicas(replication)
                            .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retentionMs()));
                    if (minInsync > 1) {
                        builder.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsync));
                    }
                    return builder.build();
                })
                .toArray(NewTopic[]::new));
    }

    /** {@code <topic>.<group>-dlt}, same partition; the group is the listener's own, known on its thread. */
    static TopicPartition deadLetterPartition(ConsumerRecord<?, ?> record, Exception exception,
                                              @Nullable String configuredGroup) {
        String consumer = groupOf(exception, configuredGroup);
        String topic = Topic.byName(record.topic()).map(t -> t.deadLetterTopic(consumer))
                .orElse(record.topic() + "." + consumer + "-dlt");
        return new TopicPartition(topic, record.partition());
    }

    /** The failing listener's group: known on its thread, else carried by the exception, else configured. */
    static String groupOf(Exception exception, @Nullable String configuredGroup) {
        String group = KafkaUtils.getConsumerGroupId();
        if (group == null && exception instanceof ListenerExecutionFailedException failed) {
            group = failed.getGroupId();
        }
        if (group == null) {
            group = configuredGroup != null ? configuredGroup : "unknown";
        }
        return group;
    }

    private static @Nullable String groupId(HearthConsumerProperties properties, Environment environment) {
        if (properties.groupId() != null) {
            return properties.groupId();
        }
        String group = environment.getProperty("spring.kafka.consumer.group-id");
        return group != null ? group : environment.getProperty("spring.application.name");
    }

    static String rootMessage(Exception exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The producer of dead letters, kept apart from the service's own {@code KafkaTemplate}. */
    static final class DeadLetters implements DisposableBean {

        private final DefaultKafkaProducerFactory<Object, Object> producers;
        private final KafkaTemplate<Object, Object> template;

        DeadLetters(DefaultKafkaProducerFactory<Object, Object> producers) {
            this.producers = producers;
            this.template = new KafkaTemplate<>(producers);
        }

        KafkaTemplate<Object, Object> template() {
            return template;
        }

        @Override
        public void destroy() {
            producers.destroy();
        }
    }
}
