package dev.hearth.platform.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_entity_id_typed_in_upper_case_is_the_same_id_in_lower_case() {
        assertThat(Ids.entityId("7D1C1C52-4B6C-4A8E-9A57-1F1A3D3F0C11")).contains("7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11");
        assertThat(Ids.canonical("7D1C1C52-4b6c-4A8E-9a57-1F1A3D3F0C11")).isEqualTo("7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11");
    }

    @Test
    void text_that_is_not_a_uuid_is_no_entity_id() {
        for (String raw : new String[] {"", "couple-1", "7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c1", "7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11 ",
                "7d1c1c524b6c4a8e9a571f1a3d3f0c11", "g d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11"}) {
            assertThat(Ids.isEntityId(raw)).as(raw).isFalse();
            assertThat(Ids.entityId(raw)).as(raw).isEmpty();
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Ids.canonical("couple-1"));
    }

    @Test
    void a_user_id_is_an_opaque_token_subject_of_at_most_128_safe_characters() {
        assertAcceptsOnly(Ids::isUserId,
                List.of("auth0|bob.42", "alice@example.org", "urn:user:7", "x".repeat(128)),
                List.of("x".repeat(129), "", "robert'); drop table users;--", "two words"));
    }

    @Test
    void an_idempotency_key_is_one_to_128_visible_ascii_characters() {
        assertAcceptsOnly(Ids::isIdempotencyKey,
                List.of("k-1", "!~{}\"'<>%", "x".repeat(128)),
                List.of("x".repeat(129), "", "two words", "tab\there", "caf\u00e9"));
    }

    private static void assertAcceptsOnly(Predicate<String> check, List<String> accepted, List<String> refused) {
        for (String raw : accepted) {
            assertThat(check.test(raw)).as(raw).isTrue();
        }
        for (String raw : refused) {
            assertThat(check.test(raw)).as(raw).isFalse();
        }
    }
}
