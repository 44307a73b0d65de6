package dev.hearth.platform.publisher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.kafka.*} for the public topics this module declares.
 *
 * @param replicationFactor copies of each partition: 1 locally, 3 in production
 * @param minInsyncReplicas copies that must have a write before {@code acks=all} succeeds; set on the
 *                          topics only when above 1 (production: 2)
 */
@ConfigurationProperties("hearth.kafka")
public record PublicTopicsProperties(
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("1") int minInsyncReplicas) {
}
