package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicTest {

    @Test
    void a_dead_letter_topic_is_the_topic_then_the_consumer_then_dlt() {
        assertThat(Topic.COUPLES.deadLetterTopic("commitment-service"))
                .isEqualTo("hearth.couples.v1.commitment-service-dlt");
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void every_topic_has_twelve_partitions_and_keeps_events_for_ever(Topic topic) {
        assertThat(topic.partitions()).isEqualTo(12);
        assertThat(topic.retentionMs()).isEqualTo(-1L);
        assertThat(Topic.byName(topic.topicName())).contains(topic);
    }

    @Test
    void the_topic_names_are_those_of_the_contract() {
        assertThat(Topic.COUPLES.topicName()).isEqualTo("hearth.couples.v1");
        assertThat(Topic.JOURNAL.topicName()).isEqualTo("hearth.journal.v1");
        assertThat(Topic.COMMITMENTS.topicName()).isEqualTo("hearth.commitments.v1");
    }

    @Test
    void an_unknown_topic_name_is_empty() {
        assertThat(Topic.byName("hearth.couples.v2")).isEmpty();
    }
}
