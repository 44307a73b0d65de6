package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GatewayErrorsTest extends GatewayTestSupport {

    @Test
    void a_request_without_a_token_is_a_401_problem_and_reaches_no_service() throws Exception {
        ApiResponse response = get("/api/couples/no-token/entries", Map.of());

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(JOURNAL.received("/api/couples/no-token/entries")).isFalse();
    }

    @Test
    void a_token_signed_by_another_key_is_a_401_problem() throws Exception {
        ApiResponse response = get("/api/couples/other-key/entries", bearer(TestTokens.signedByOtherKey("alice")));

        assertProblem(response, 401, "unauthenticated");
        assertThat(JOURNAL.received("/api/couples/other-key/entries")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void a_forged_token_is_a_401_problem_and_reaches_no_service(String kind, String token) throws Exception {
        String path = "/api/couples/forged-" + kind.replace(' ', '-') + "/entries";

        assertProblem(get(path, bearer(token)), 401, "unauthenticated");
        assertThat(JOURNAL.received(path)).isFalse();
    }

    static Stream<Arguments> forgedTokens() {
        return TestTokens.forged("alice");
    }

    @Test
    void an_expired_token_is_a_401_problem() throws Exception {
        assertProblem(get("/api/couples/c1/promises", bearer(TestTokens.expired("alice"))), 401, "unauthenticated");
    }

    @Test
    void operator_paths_without_their_role_are_a_403_problem_and_reach_no_service() throws Exception {
        assertProblem(get("/api/analytics/no-role", asAlice()), 403, "not-allowed");
        assertProblem(get("/api/admin/insights/no-role", bearer(TestTokens.mint("alice", "analyst"))), 403, "not-allowed");
        assertThat(INSIGHTS.received("/api/analytics/no-role")).isFalse();
        assertThat(INSIGHTS.received("/api/admin/insights/no-role")).isFalse();
    }

    @Test
    void a_path_no_route_serves_is_a_404_problem() throws Exception {
        ApiResponse response = get("/api/nowhere", asAlice());

        assertThat(assertProblem(response, 404, "not-found").get("instance").asString()).isEqualTo("/api/nowhere");
    }

    @Test
    void a_service_that_answers_too_late_is_a_504_problem() throws Exception {
        long started = System.nanoTime();

        ApiResponse response = get("/api/couples/c1/entries/slow", asAlice());

        assertProblem(response, 504, "gateway-timeout");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(StubService.SLOW_MILLIS);
    }

    @Test
    void a_body_declared_over_the_limit_is_a_413_problem_and_is_not_passed_on() throws Exception {
        ApiResponse response = send("POST", "/api/couples/big/entries", asAlice(),
                HttpRequest.BodyPublishers.ofByteArray(new byte[MAX_REQUEST_BYTES + 1]));

        assertProblem(response, 413, "payload-too-large");
        assertThat(JOURNAL.received("/api/couples/big/entries")).isFalse();
    }

    @Test
    void a_streamed_body_that_grows_over_the_limit_is_a_413_problem() throws Exception {
        // No Content-Length: the JDK client sends an InputStream body chunked.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[4 * MAX_REQUEST_BYTES]));

        ApiResponse response = send("POST", "/api/couples/c1/entries", asAlice(), chunked);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void a_services_actuator_is_never_routed() throws Exception {
        assertEachAnsweredWithProblem(404, "not-found", "/api/couples/c1/actuator/env", "/api/couples/c1/Actuator",
                "/api/invites/actuator/health", "/api/couples/c1/%61ctuator/env");
        assertThat(JOURNAL.received("/api/couples/c1/actuator/env")).isFalse();
        assertThat(JOURNAL.received("/api/invites/actuator/health")).isFalse();
    }

    @Test
    void the_gateways_own_actuator_shows_nothing_beyond_health_and_metrics() throws Exception {
        assertEachAnsweredWithProblem(404, "not-found", "/actuator/env", "/actuator");
    }

    @Test
    void a_path_that_climbs_out_of_a_route_or_hides_a_segment_is_refused_before_routing() throws Exception {
        assertEachAnsweredWithProblem(400, "invalid-request", "/api/couples/c1/../../actuator/env",
                "/api/couples/c1/%2e%2e/x", "/api/couples/c1%2Factuator", "/api/couples/c1/actuator;x=1/env");
        assertThat(JOURNAL.received("/api/couples/c1/actuator;x=1/env")).isFalse();
    }

    /** Alice asks for each path in turn; each answer is the problem {@code slug} with {@code status}. */
    private void assertEachAnsweredWithProblem(int status, String slug, String... paths) throws Exception {
        for (String path : paths) {
            assertProblem(get(path, asAlice()), status, slug);
        }
    }
}
