package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.consumer.HearthConsumerAutoConfiguration;
import dev.hearth.platform.mongo.EndedCouples;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;

/**
 * Couples ending, heard by every instance of a service that keeps membership facts
 * ({@link EndedCouples}, e.g. {@code ViewMemberships}): a consumer of its own on every partition of {@code hearth.couples.v1},
 * assigned (no group membership, nothing committed), from the end of the topic, telling each
 * {@link EndedCouples} and {@link EveryInstance} bean of each leave and erasure.
 */
@AutoConfiguration(after = HearthConsumerAutoConfiguration.class)
@ConditionalOnClass(EndedCouples.class)
@ConditionalOnBean(EndedCouples.class)
@EnableConfigurationProperties(TopicViewProperties.class)
public class EveryInstanceAutoConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    KafkaMessageListenerContainer<String, byte[]> hearthEveryInstanceCouples(
            ConsumerFactory<?, ?> consumerFactory, ObjectProvider<EndedCouples> memberships,
            ObjectProvider<EveryInstance> others, Environment environment, TopicViewProperties views) {
        TopicPartitionOffset[] partitions = IntStream.range(0, Topic.COUPLES.partitions())
                .mapToObj(p -> new TopicPartitionOffset(Topic.COUPLES.topicName(), p, TopicPartitionOffset.SeekPosition.END))
                .toArray(TopicPartitionOffset[]::new);
        ContainerProperties container = new ContainerProperties(partitions);
        String name = environment.getProperty("spring.application.name", "hearth") + "-instance-" + UUID.randomUUID();
        container.setGroupId(name);
        container.setClientId(name);
        // Endings are rare and every instance fetches them all the time; a quarter second more keeps
        // erase → 404 far inside its 5 s bound (docs/benchmarks.md, "Couple endings") for a fraction of the fetches.
        container.setKafkaConsumerProperties(views.consumerOverrides(Freshness.SOON));
        // Never acknowledged: an instance's position is nobody else's business, and nothing is committed.
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setMessageListener(new CoupleEndingsListener(memberships, others));
        KafkaMessageListenerContainer<String, byte[]> listener = new KafkaMessageListenerContainer<>(
                (ConsumerFactory<String, byte[]>) consumerFactory, container);
        listener.setBeanName(name);
        return listener;
    }
}
