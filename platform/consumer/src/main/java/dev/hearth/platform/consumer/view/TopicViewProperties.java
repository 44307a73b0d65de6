package dev.hearth.platform.consumer.view;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.views.*}.
 *
 * @param concurrency     consumer threads per view (at most the topic's partitions; one is plenty on two cores)
 * @param dropUnversioned drop a view's collection of before layouts had versions (its unsuffixed name)
 */
@ConfigurationProperties("hearth.views")
public record TopicViewProperties(@DefaultValue("1") int concurrency, @DefaultValue("true") boolean dropUnversioned) {
}
