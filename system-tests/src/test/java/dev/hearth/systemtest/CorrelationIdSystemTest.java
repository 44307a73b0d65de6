package dev.hearth.systemtest;

import static dev.hearth.systemtest.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.systemtest.support.PlatformUnderTest;
import dev.hearth.systemtest.support.SystemTest;
import dev.hearth.systemtest.support.User;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One id follows a request from the client through the gateway into the services and back. */
@SystemTest
class CorrelationIdSystemTest {

    private static final String HEADER = "X-Correlation-Id";

    @Test
    void the_correlation_id_a_client_sends_comes_back_on_the_response(PlatformUnderTest hearth) {
        // given
        User alice = hearth.newUser("alice");
        String correlationId = newCorrelationId();
        Map<String, String> headers = withCorrelationId(alice, correlationId);

        // when
        ApiResponse started = hearth.gateway().send("POST", "/api/couples", headers,
                Map.of("timezone", "Europe/Berlin"));

        // then
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        assertThat(started.header(HEADER)).as("%s", started).contains(correlationId);
    }

    @Test
    void a_services_problem_carries_the_clients_correlation_id(PlatformUnderTest hearth) {
        // given a request the journal service itself rejects (a couple id that is no UUID)
        String correlationId = newCorrelationId();
        Map<String, String> headers = withCorrelationId(hearth.newUser("alice"), correlationId);

        // when
        ApiResponse rejected = hearth.gateway().send("POST", "/api/couples", headers,
                Map.of("coupleId", "not-a-uuid", "timezone", "Europe/Berlin"));

        // then
        assertProblem(rejected, 400, "invalid-request");
        assertThat(rejected.text("/detail")).as("%s", rejected).contains("coupleId");
        assertThat(rejected.text("/correlationId")).as("%s", rejected).isEqualTo(correlationId);
        assertThat(rejected.header(HEADER)).as("%s", rejected).contains(correlationId);
    }

    @Test
    void the_gateways_own_problem_carries_the_clients_correlation_id(PlatformUnderTest hearth) {
        // given
        String correlationId = newCorrelationId();

        // when
        ApiResponse unauthenticated = hearth.gateway().send("GET", "/api/couples/" + UUID.randomUUID(),
                Map.of(HEADER, correlationId), null);

        // then
        assertProblem(unauthenticated, 401, "unauthenticated");
        assertThat(unauthenticated.text("/correlationId")).as("%s", unauthenticated).isEqualTo(correlationId);
        assertThat(unauthenticated.header(HEADER)).as("%s", unauthenticated).contains(correlationId);
    }

    @Test
    void the_gateway_makes_one_up_when_the_client_sends_none(PlatformUnderTest hearth) {
        // when
        ApiResponse started = hearth.gateway().post("/api/couples", hearth.newUser("alice").token(),
                Map.of("timezone", "Europe/Berlin"));

        // then
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        assertThat(started.header(HEADER)).as("%s", started).hasValueSatisfying(value -> assertThat(value).isNotBlank());
    }

    private static Map<String, String> withCorrelationId(User user, String correlationId) {
        Map<String, String> headers = ApiClient.bearer(user.token());
        headers.put(HEADER, correlationId);
        return headers;
    }

    private static String newCorrelationId() {
        return "system-test-" + UUID.randomUUID();
    }
}
