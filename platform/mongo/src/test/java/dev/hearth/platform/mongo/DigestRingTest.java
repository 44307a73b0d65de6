package dev.hearth.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

class DigestRingTest {

    @Test
    void holds_the_last_ids_up_to_its_capacity_and_forgets_the_oldest() {
        DigestRing ring = DigestRing.empty(3);
        List.of("a", "b", "c", "d").forEach(ring::add);

        assertThat(ring.size()).isEqualTo(3);
        assertThat(ring.contains("a")).isFalse();
        assertThat(ring.contains("b")).isTrue();
        assertThat(ring.contains("d")).isTrue();
    }

    @Test
    void an_id_taken_in_twice_is_held_once() {
        DigestRing ring = DigestRing.empty(3);
        List.of("a", "b", "a", "a").forEach(ring::add);

        assertThat(ring.size()).isEqualTo(2);
    }

    @Test
    void survives_its_binary_form_at_eight_bytes_an_id() {
        DigestRing ring = DigestRing.ofIds(128, List.of("couple-1:promise-1", "couple-1:promise-2"));

        Binary stored = ring.toBinary();
        DigestRing read = DigestRing.of(128, stored);

        assertThat(stored.getData()).hasSize(2 * Long.BYTES);
        assertThat(read.contains("couple-1:promise-1")).isTrue();
        assertThat(read.contains("couple-1:promise-2")).isTrue();
        assertThat(read.contains("couple-1:promise-3")).isFalse();
    }

    @Test
    void nothing_stored_is_an_empty_ring() {
        assertThat(DigestRing.of(8, null).size()).isZero();
        assertThat(DigestRing.of(8, "not a ring").size()).isZero();
    }
}
