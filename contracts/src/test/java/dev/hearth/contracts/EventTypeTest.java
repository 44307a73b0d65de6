package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.couple.CoupleStarted;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    @Test
    void the_cloud_events_type_names_context_event_and_major_version() {
        assertThat(EventType.PROMISE_KEPT.ceType()).isEqualTo("dev.hearth.commitment.PromiseKept.v1");
        assertThat(EventType.COUPLE_STARTED.ceType()).isEqualTo("dev.hearth.couple.CoupleStarted.v1");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_type_follows_the_naming_rule_and_is_found_by_its_cloud_events_type(EventType type) {
        assertThat(type.ceType()).matches("dev\\.hearth\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*");
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
    }

    @Test
    void no_two_types_share_a_cloud_events_type() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType)).doesNotHaveDuplicates();
    }

    @Test
    void an_unknown_cloud_events_type_is_empty_not_an_error() {
        assertThat(EventType.fromCeType("dev.hearth.commitment.PromiseKept.v2")).isEmpty();
        assertThat(EventType.fromCeType("dev.hearth.journal.EntryEdited.v1")).isEmpty();
        assertThat(EventType.fromCeType("")).isEmpty();
    }

    @Test
    void the_type_of_an_event_comes_from_its_record() {
        assertThat(EventType.of(new PromiseKept("p", "c", "a", "b", "b"))).isEqualTo(EventType.PROMISE_KEPT);
        assertThat(EventType.of(CoupleStarted.class)).isEqualTo(EventType.COUPLE_STARTED);
    }

    @Test
    void a_record_that_is_not_registered_has_no_type() {
        assertThatThrownBy(() -> EventType.of(Stray.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void couple_events_go_to_the_couples_topic_and_promise_events_to_the_commitments_topic() {
        assertThat(EventType.PARTNER_JOINED.topic()).isEqualTo(Topic.COUPLES);
        assertThat(EventType.PROMISE_MADE.topic()).isEqualTo(Topic.COMMITMENTS);
    }

    private record Stray(String coupleId) {
    }
}
