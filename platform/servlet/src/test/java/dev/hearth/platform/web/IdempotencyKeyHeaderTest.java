package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class IdempotencyKeyHeaderTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/couples/c1/entries");

    @Test
    void a_request_without_the_header_has_no_key() {
        assertThat(IdempotencyKeyHeader.of(new ServletWebRequest(request))).isEqualTo(new IdempotencyKeyHeader(null));
    }

    @Test
    void the_header_is_the_key() {
        request.addHeader("Idempotency-Key", "retry-1");

        assertThat(IdempotencyKeyHeader.of(new ServletWebRequest(request))).isEqualTo(new IdempotencyKeyHeader("retry-1"));
    }

    @Test
    void several_headers_are_joined_with_commas_as_a_request_header_string_binds_them() {
        request.addHeader("Idempotency-Key", "a");
        request.addHeader("Idempotency-Key", "b");

        assertThat(IdempotencyKeyHeader.of(new ServletWebRequest(request))).isEqualTo(new IdempotencyKeyHeader("a,b"));
    }

    @Test
    void the_same_key_from_the_same_caller_names_the_same_thing_and_a_client_id_wins() {
        IdempotencyKeyHeader key = new IdempotencyKeyHeader("retry-1");

        assertThat(key.idFor("entry", "c1", "alice", null)).isEqualTo(key.idFor("entry", "c1", "alice", null));
        assertThat(key.idFor("entry", "c1", "alice", null)).isNotEqualTo(key.idFor("entry", "c1", "bob", null));
        assertThat(key.idFor("entry", "c1", "alice", "0F3A7C2E-6B1D-4E8F-9A0B-2C3D4E5F6A7B"))
                .isEqualTo("0f3a7c2e-6b1d-4e8f-9a0b-2c3d4e5f6a7b");
    }
}
