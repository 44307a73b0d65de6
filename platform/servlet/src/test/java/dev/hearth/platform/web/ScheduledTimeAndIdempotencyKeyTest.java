package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The two request formats every service shares: dates that schedule, and the {@code Idempotency-Key}. */
@SpringBootTest(classes = ProblemsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduledTimeAndIdempotencyKeyTest extends OnProblemsTestService {

    @Test
    void a_scheduled_date_is_checked_against_the_services_clock_not_the_wall_clock() {
        // The service's clock stands at 2026-03-01T12:00Z.
        assertThat(plan("2026-03-01T12:00:01Z", null).status()).isEqualTo(201);
        assertThat(plan("2031-03-01T12:00:00Z", null).status()).as("1826 days ahead").isEqualTo(201);

        assertNamed(plan("2026-03-01T12:00:00Z", null), "at", "must be in the future and at most 1826 days ahead");
        assertNamed(plan("2031-03-01T12:00:00.001Z", null), "at", "must be in the future and at most 1826 days ahead");
        assertNamed(plan("+300000000-01-01T00:00:00Z", null), "at", "must be in the future and at most 1826 days ahead");
    }

    @Test
    void an_absent_scheduled_date_is_left_to_the_endpoint() {
        assertThat(http.post("/test/plans", null, "{}").status()).isEqualTo(201);
    }

    @Test
    void an_idempotency_key_of_1_to_128_visible_ascii_characters_is_accepted() {
        ApiResponse reply = plan(null, "!~" + "k".repeat(126));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("key").asString()).isEqualTo("!~" + "k".repeat(126));
    }

    @Test
    void any_other_idempotency_key_is_a_400_naming_the_header() {
        for (String key : new String[] {"", " ", "two words", "k".repeat(129), "tab\there"}) {
            assertNamed(plan(null, key), IdempotencyKey.HEADER, "must be 1 to 128 visible ASCII characters");
        }
    }

    private ApiResponse plan(String at, String key) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put(IdempotencyKey.HEADER, key);
        }
        return http.send("POST", "/test/plans", headers, at == null ? "{}" : "{\"at\":\"" + at + "\"}");
    }

    private static void assertNamed(ApiResponse reply, String field, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("invalid-request");
        assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(reply.json().path("errors").get(0).path("message").asString()).isEqualTo(message);
    }
}
