package dev.hearth.platform.consumer;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.consumer.*}.
 *
 * @param groupId          the consumer group whose dead-letter topics are created; defaults to
 *                         {@code spring.kafka.consumer.group-id}, then {@code spring.application.name}
 * @param deadLetterTopics public topics this service consumes: a {@code <topic>.<group>-dlt} topic
 *                         is declared for each (e.g. {@code hearth.couples.v1})
 * @param retry            back-off of infrastructure failures, which are retried for ever
 */
@ConfigurationProperties("hearth.consumer")
public record HearthConsumerProperties(
        @Nullable String groupId,
        @DefaultValue List<String> deadLetterTopics,
        @DefaultValue Retry retry) {

    /**
     * Exponential back-off: {@code initialInterval × multiplier^n}, capped at {@code maxInterval}
     * (well under {@code max.poll.interval.ms}, so a consumer waiting out an outage keeps its partitions).
     */
    public record Retry(@DefaultValue("200ms") Duration initialInterval,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("10s") Duration maxInterval) {
    }
}
