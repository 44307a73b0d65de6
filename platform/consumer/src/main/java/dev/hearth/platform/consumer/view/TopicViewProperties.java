package dev.hearth.platform.consumer.view;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code hearth.views.*}.
 *
 * @param concurrency     consumer threads per view (at most the topic's partitions; one is plenty on two cores)
 * @param dropUnversioned drop a view's collection of before layouts had versions (its unsuffixed name)
 * @param generation      empty, or a tag under which every view is built again from the topics' first
 *                        records into side collections ({@code <collection>_v<version>_<tag>}) through its
 *                        own consumer groups ({@code <group>-<tag>}), leaving the live views alone: how
 *                        {@code ./hearth bench --rebuild} times a rebuild on a running platform
 * @param soonFetchWait   how long the broker may hold a fetch of a view read {@link Freshness#SOON}, and of
 *                        the couple endings every instance hears
 */
@ConfigurationProperties("hearth.views")
public record TopicViewProperties(@DefaultValue("1") int concurrency, @DefaultValue("true") boolean dropUnversioned,
                                  @DefaultValue("") String generation, @DefaultValue("250ms") Duration soonFetchWait) {

    /** The consumer group of a view, in this generation. */
    String group(TopicView<?> view) {
        return generation.isBlank() ? view.group() : view.group() + "-" + generation;
    }

    /**
     * What a view's consumer sets beyond the services' consumer settings: a longer fetch wait for a view
     * read {@link Freshness#SOON}, nothing for one read at once.
     */
    Properties consumerOverrides(Freshness freshness) {
        Properties overrides = new Properties();
        if (freshness == Freshness.SOON) {
            overrides.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Long.toString(soonFetchWait.toMillis()));
        }
        return overrides;
    }
}
