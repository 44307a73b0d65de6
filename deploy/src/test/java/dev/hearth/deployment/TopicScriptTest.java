package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/kafka/create-topics.sh is a copy of the topic table: these checks keep it one. The
 * expected topics come from {@link Topic}, from the consuming services' {@code hearth.consumer}
 * settings, and from the services' views, each of which names its own dead-letter topic.
 */
class TopicScriptTest {

    private static final String SCRIPT = "deploy/kafka/create-topics.sh";
    /** A row of the script's table: {@code "hearth.couples.v1 12"}. */
    private static final Pattern ROW = Pattern.compile("^\\s*\"([a-z0-9.-]+) (\\d+)\"\\s*$", Pattern.MULTILINE);

    @Test
    void the_script_creates_exactly_the_contract_topics_and_the_consumers_dead_letter_topics() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            expected.put(topic.topicName(), topic.partitions());
        }
        for (String service : Repository.SERVICES) {
            ApplicationConfig config = ApplicationConfig.of(service);
            config.property("hearth.consumer.dead-letter-topics").ifPresent(topics -> {
                String group = String.valueOf(config.property("hearth.consumer.group-id").orElseThrow());
                for (String name : String.valueOf(topics).split(",")) {
                    Topic topic = Topic.byName(name.strip()).orElseThrow(() -> new AssertionError(service + " consumes an unknown topic " + name));
                    expected.put(topic.deadLetterTopic(group), topic.partitions());
                }
            });
        }
        viewDeadLetterTopics().forEach(expected::put);

        assertThat(scriptTable()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(expected).containsKeys(
                "hearth.couples.v1.commitment-memberships-v1-dlt",
                "hearth.couples.v1.insights-couples-v1-dlt",
                "hearth.commitments.v1.insights-trust-v1-dlt");
    }

    /**
     * Each Kafka-fed view (a {@code TopicView} in a service's sources) has its own consumer group,
     * {@code <NAME>-v<VERSION>}, and so its own dead-letter topic: raising a view's version needs a
     * row here, which this finds in the view's declaration.
     */
    private static Map<String, Integer> viewDeadLetterTopics() {
        Pattern layout = Pattern.compile("new (?:TopicView\\.)?Layout\\(\"([a-z0-9-]+)\", (\\d+), Topic\\.([A-Z]+),");
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String source : Repository.files(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/"))) {
            String code = Repository.read(source);
            // A view declares its layout (whatever base it extends); the abstract bases have none of their own.
            if (!code.contains("new Layout(") && !code.contains("new TopicView.Layout(") || code.contains("abstract class")) {
                continue;
            }
            Matcher declared = layout.matcher(code);
            assertThat(declared.find()).as(source + " declares its Layout plainly: new Layout(\"name\", version, Topic.X, ...)").isTrue();
            Topic consumed = Topic.valueOf(declared.group(3));
            topics.put(consumed.deadLetterTopic(declared.group(1) + "-v" + declared.group(2)), consumed.partitions());
        }
        return topics;
    }

    @Test
    void every_topic_keeps_its_events_for_ever_and_creating_it_again_changes_nothing() {
        String script = Repository.read(SCRIPT);

        assertThat(Topic.values()).allSatisfy(topic -> assertThat(topic.retentionMs()).isEqualTo(-1L));
        assertThat(script).contains("--config retention.ms=-1").contains("--if-not-exists");
    }

    private static Map<String, Integer> scriptTable() {
        Map<String, Integer> table = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Repository.read(SCRIPT));
        while (row.find()) {
            Integer previous = table.put(row.group(1), Integer.valueOf(row.group(2)));
            assertThat(previous).as("listed twice: " + row.group(1)).isNull();
        }
        return table;
    }
}
