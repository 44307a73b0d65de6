package dev.hearth.platform.consumer.view;

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
 */
@ConfigurationProperties("hearth.views")
public record TopicViewProperties(@DefaultValue("1") int concurrency, @DefaultValue("true") boolean dropUnversioned,
                                  @DefaultValue("") String generation) {

    /** The consumer group of a view, in this generation. */
    String group(TopicView<?> view) {
        return generation.isBlank() ? view.group() : view.group() + "-" + generation;
    }
}
