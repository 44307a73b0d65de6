package dev.hearth.platform.consumer.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.platform.consumer.DeadLetterSink;
import dev.hearth.platform.consumer.HearthConsumerAutoConfiguration;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import dev.hearth.platform.mongo.ViewMetrics;
import dev.hearth.platform.mongo.ViewProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * Runs every {@link TopicView} bean of a service: a batch listener container per view (group
 * {@code <name>-v<version>}, from the topic's first record), its collection {@code <collection>_v<version>}
 * (older versions dropped), its dead-letter topic {@code <topic>.<group>-dlt}, its metrics and its
 * progress in the {@code views} health component.
 */
@AutoConfiguration(after = HearthConsumerAutoConfiguration.class)
@ConditionalOnClass(MongoDatabase.class)
@ConditionalOnBean(TopicView.class)
@EnableConfigurationProperties(TopicViewProperties.class)
public class TopicViewsAutoConfiguration {

    @Bean
    TopicViews hearthTopicViews(List<TopicView<?>> views, ConsumerFactory<?, ?> consumerFactory,
                                CommonErrorHandler errorHandler, DeadLetterSink deadLetters,
                                @Qualifier("readModelDatabase") MongoDatabase database,
                                ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<Clock> clock,
                                TopicViewProperties properties) {
        requireUniqueGroups(views);
        MeterRegistry meters = meterRegistry.getIfUnique(() -> Metrics.globalRegistry);
        Clock time = clock.getIfUnique(Clock::systemUTC);
        List<ConcurrentMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
        List<ViewProgress> progress = new ArrayList<>();
        for (TopicView<?> view : views) {
            ViewCollection collection = properties.generation().isBlank()
                    ? ViewLayouts.prepare(database, view.collection(), view.version(), properties.dropUnversioned())
                    : ViewCollection.named(database, ViewLayouts.collectionName(view.collection(), view.version())
                            + "_" + properties.generation());
            ViewPartitions partitions = new ViewPartitions(properties.group(view));
            partitions.registerBuildMeters(meters, view.name());
            ViewCollection tombstones = view.tombstones() == null ? null : ViewCollection.named(database, view.tombstones());
            TopicViewRunner<?> runner = new TopicViewRunner<>(view, collection, tombstones, deadLetters,
                    new ViewMetrics(meters, view.name(), partitions::idle), time);
            containers.add(container(view, runner, partitions, consumerFactory, errorHandler, properties));
            progress.add(partitions);
        }
        return new TopicViews(containers, progress);
    }

    /** The dead-letter topic of each view's group, with the public topics' settings. */
    @Bean
    KafkaAdmin.NewTopics hearthViewDeadLetterTopics(List<TopicView<?>> views, Environment environment,
                                                    TopicViewProperties properties) {
        short replication = environment.getProperty("hearth.kafka.replication-factor", Short.class, (short) 1);
        int minInsync = environment.getProperty("hearth.kafka.min-insync-replicas", Integer.class, 1);
        return new KafkaAdmin.NewTopics(views.stream().map(view -> {
            TopicBuilder builder = TopicBuilder.name(view.topic().deadLetterTopic(properties.group(view)))
                    .partitions(view.topic().partitions())
                    .replicas(replication)
                    .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(view.topic().retentionMs()));
            if (minInsync > 1) {
                builder.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsync));
            }
            return builder.build();
        }).toArray(NewTopic[]::new));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMessageListenerContainer<String, byte[]> container(
            TopicView<?> view, TopicViewRunner<?> runner, ViewPartitions partitions, ConsumerFactory<?, ?> consumerFactory,
            CommonErrorHandler errorHandler, TopicViewProperties properties) {
        ContainerProperties container = new ContainerProperties(view.topic().topicName());
        container.setGroupId(properties.group(view));
        container.setClientId(properties.group(view));
        container.setKafkaConsumerProperties(properties.consumerOverrides(view.freshness()));
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        // On shutdown, stop after the poll in hand (it is written whole or not at all).
        container.setStopImmediate(true);
        container.setConsumerRebalanceListener(partitions);
        container.setMessageListener((BatchConsumerAwareMessageListener<String, byte[]>) (records, consumer) -> {
            runner.process(records);
            partitions.applied(records, consumer);
        });
        ConcurrentMessageListenerContainer<String, byte[]> listener = new ConcurrentMessageListenerContainer<>(
                (ConsumerFactory<String, byte[]>) consumerFactory, container);
        listener.setCommonErrorHandler(errorHandler);
        listener.setConcurrency(properties.concurrency());
        listener.setBeanName(properties.group(view));
        listener.setAutoStartup(false);
        return listener;
    }

    private static void requireUniqueGroups(List<TopicView<?>> views) {
        Set<String> groups = new HashSet<>();
        for (TopicView<?> view : views) {
            if (!groups.add(view.group())) {
                throw new IllegalStateException("two views are named " + view.group());
            }
        }
    }
}
