package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HearthEventJsonTest {

    @Test
    void a_promise_without_due_time_is_written_without_the_field() {
        // given
        PromiseMade made = new PromiseMade("p-1", "c-1", "alice", "bob", null);

        // when
        String json = utf8(HearthEventJson.write(made));

        // then
        assertThat(json).doesNotContain("dueAt").doesNotContain("null");
    }

    @Test
    void an_absent_optional_field_reads_as_null() {
        // given
        byte[] json = bytes("{\"promiseId\":\"p-1\",\"coupleId\":\"c-1\",\"promiserId\":\"alice\",\"promiseeId\":\"bob\"}");

        // when
        PublicEvent read = HearthEventJson.read(EventType.PROMISE_MADE, json);

        // then
        assertThat(read).isEqualTo(new PromiseMade("p-1", "c-1", "alice", "bob", null));
    }

    @Test
    void unknown_fields_are_ignored_so_additive_changes_keep_old_readers_working() {
        // given a newer producer that added a field
        byte[] json = bytes("{\"promiseId\":\"p-1\",\"coupleId\":\"c-1\",\"promiserId\":\"alice\","
                + "\"promiseeId\":\"bob\",\"recordedBy\":\"bob\",\"occurrenceDueAt\":\"2025-03-10T18:00:00Z\"}");

        // when
        PublicEvent read = HearthEventJson.read(EventType.PROMISE_KEPT, json);

        // then
        assertThat(read).isEqualTo(new PromiseKept("p-1", "c-1", "alice", "bob", "bob"));
    }

    @Test
    void a_missing_required_field_is_rejected_naming_it() {
        // given
        byte[] json = bytes("{\"promiseId\":\"p-1\",\"coupleId\":\"c-1\",\"promiserId\":\"alice\",\"promiseeId\":\"bob\"}");

        // when / then
        assertThatThrownBy(() -> HearthEventJson.read(EventType.PROMISE_KEPT, json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PromiseKept")
                .hasMessageContaining("recordedBy");
    }

    @Test
    void malformed_json_is_rejected() {
        assertThatThrownBy(() -> HearthEventJson.read(EventType.PARTNER_JOINED, bytes("{\"coupleId\":")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PartnerJoined");
    }

    @Test
    void a_json_null_is_rejected() {
        assertThatThrownBy(() -> HearthEventJson.read(EventType.PARTNER_JOINED, bytes("null")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_instant_that_is_not_iso_8601_is_rejected() {
        // given
        byte[] json = bytes("{\"coupleId\":\"c-1\",\"invitedBy\":\"alice\",\"expiresAt\":\"next tuesday\"}");

        // when / then
        assertThatThrownBy(() -> HearthEventJson.read(EventType.PARTNER_INVITED, json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PartnerInvited");
    }

    @Test
    void every_public_event_has_a_registered_type_so_none_is_written_without_one() {
        // PublicEvent is sealed: an event outside the registry does not compile, so the registry must hold them all.
        assertThat(records(PublicEvent.class)).isNotEmpty().allSatisfy(type -> {
            assertThat(EventType.of(type).recordType()).isEqualTo(type);
            assertThat(HearthEventJson.write(GoldenSamples.of(EventType.of(type)))).isNotEmpty();
        });
    }

    @Test
    void any_record_can_be_read_with_the_same_rules() {
        // when
        Unregistered read = HearthEventJson.read(bytes("{\"coupleId\":\"c-1\",\"extra\":1}"), Unregistered.class);

        // then
        assertThat(read).isEqualTo(new Unregistered("c-1"));
    }

    private record Unregistered(String coupleId) {
    }

    private static List<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? records(type).stream() : Stream.of(type))
                .toList();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
