package dev.hearth.platform.consumer.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class AppliedEventsTest {

    @Test
    void a_record_at_or_below_the_partitions_applied_offset_is_seen() {
        AppliedEvents applied = AppliedEvents.none();
        applied.applied(3, 10, "a:0");

        assertThat(applied.seen(3, 9, "x:1")).isTrue();
        assertThat(applied.seen(3, 10, "x:1")).isTrue();
        assertThat(applied.seen(3, 11, "x:1")).isFalse();
    }

    @Test
    void an_event_sent_again_at_a_new_offset_is_seen_by_its_id() {
        AppliedEvents applied = AppliedEvents.none();
        applied.applied(3, 10, "a:0");

        assertThat(applied.seen(3, 57, "a:0")).isTrue();
    }

    @Test
    void the_ring_of_recent_ids_is_bounded_and_forgets_the_oldest() {
        AppliedEvents applied = AppliedEvents.none();
        for (int sequence = 0; sequence < 10_000; sequence++) {
            applied.applied(0, sequence, "a:" + sequence);
        }

        Document stored = applied.toDocument();
        assertThat(stored.get(AppliedEvents.RING_FIELD, org.bson.types.Binary.class).getData()).hasSize(AppliedEvents.RING * 8);
        AppliedEvents read = AppliedEvents.of(new Document(AppliedEvents.FIELD, stored));
        assertThat(read.seen(1, 0, "a:9999")).isTrue();
        assertThat(read.seen(1, 0, "a:" + (10_000 - AppliedEvents.RING))).isTrue();
        assertThat(read.seen(1, 0, "a:" + (10_000 - AppliedEvents.RING - 1))).isFalse();
    }

    @Test
    void a_ring_written_as_the_ids_themselves_is_read_as_their_digests() {
        Document stored = new Document("p", 0).append("o", 7L).append("recent", java.util.List.of("a:0", "b:3"));
        AppliedEvents read = AppliedEvents.of(new Document(AppliedEvents.FIELD, stored));

        assertThat(read.seen(1, 0, "b:3")).isTrue();
        assertThat(read.seen(1, 0, "b:4")).isFalse();
        read.applied(1, 0, "c:0");
        assertThat(AppliedEvents.of(new Document(AppliedEvents.FIELD, read.toDocument())).seen(2, 0, "a:0")).isTrue();
    }

    @Test
    void a_passed_record_moves_the_offset_so_the_next_re_read_is_stopped_by_it() {
        AppliedEvents applied = AppliedEvents.none();
        applied.applied(0, 5, "a:0");
        applied.passed(0, 9);

        assertThat(applied.seen(0, 9, "b:0")).isTrue();
        assertThat(applied.seen(0, 10, "b:0")).isFalse();
    }

    @Test
    void a_document_of_before_this_bookkeeping_has_applied_nothing() {
        assertThat(AppliedEvents.of(new Document("_id", "c")).seen(0, 0, "a:0")).isFalse();
        assertThat(AppliedEvents.of(null).seen(0, 0, "a:0")).isFalse();
    }
}
