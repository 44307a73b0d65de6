package dev.hearth.platform.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.kafka.health.*}, the {@code kafka} health component.
 *
 * @param timeout  how long the broker has to answer before the component is DOWN
 * @param cacheFor how long an answer is reused before the broker is asked again
 */
@ConfigurationProperties("hearth.kafka.health")
public record KafkaHealthProperties(
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("5s") Duration cacheFor) {
}
