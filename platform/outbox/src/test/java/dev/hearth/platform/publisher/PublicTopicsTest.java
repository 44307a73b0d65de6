package dev.hearth.platform.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.Topic;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class PublicTopicsTest {

    @Test
    void locally_a_topic_has_one_replica_and_is_kept_for_ever() {
        NewTopic topic = HearthPublisherAutoConfiguration.newTopic(Topic.COUPLES, new PublicTopicsProperties((short) 1, 1));

        assertThat(topic.name()).isEqualTo("hearth.couples.v1");
        assertThat(topic.numPartitions()).isEqualTo(12);
        assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        assertThat(topic.configs()).containsExactlyEntriesOf(Map.of("retention.ms", "-1"));
    }

    @Test
    void in_production_a_topic_is_replicated_and_needs_two_in_sync_copies_per_write() {
        NewTopic topic = HearthPublisherAutoConfiguration.newTopic(Topic.COMMITMENTS, new PublicTopicsProperties((short) 3, 2));

        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsEntry("retention.ms", "-1").containsEntry("min.insync.replicas", "2");
    }
}
