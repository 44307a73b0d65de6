package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void a_new_id_is_a_random_version_4_uuid() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = CorrelationIdWebFilter.newId();
            UUID uuid = UUID.fromString(id);

            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).matches("[0-9a-f-]{36}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void a_safe_offered_id_is_kept_and_an_unsafe_one_replaced() {
        assertThat(CorrelationIdWebFilter.acceptOrCreate("trace-me.42")).isEqualTo("trace-me.42");
        assertThat(CorrelationIdWebFilter.acceptOrCreate("<script>")).isNotEqualTo("<script>")
                .matches("[0-9a-f-]{36}");
    }
}
