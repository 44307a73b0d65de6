package dev.hearth.platform.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
        assertThat(Ids.isUserId("auth0|bob.42")).isTrue();
        assertThat(Ids.isUserId("alice@example.org")).isTrue();
        assertThat(Ids.isUserId("urn:user:7")).isTrue();
        assertThat(Ids.isUserId("x".repeat(128))).isTrue();
        assertThat(Ids.isUserId("x".repeat(129))).isFalse();
        assertThat(Ids.isUserId("")).isFalse();
        assertThat(Ids.isUserId("robert'); drop table users;--")).isFalse();
        assertThat(Ids.isUserId("two words")).isFalse();
    }

    @Test
    void an_idempotency_key_is_one_to_128_visible_ascii_characters() {
        assertThat(Ids.isIdempotencyKey("k-1")).isTrue();
        assertThat(Ids.isIdempotencyKey("!~{}\"'<>%")).isTrue();
        assertThat(Ids.isIdempotencyKey("x".repeat(128))).isTrue();
        assertThat(Ids.isIdempotencyKey("x".repeat(129))).isFalse();
        assertThat(Ids.isIdempotencyKey("")).isFalse();
        assertThat(Ids.isIdempotencyKey("two words")).isFalse();
        assertThat(Ids.isIdempotencyKey("tab\there")).isFalse();
        assertThat(Ids.isIdempotencyKey("caf\u00e9")).isFalse();
    }
}
