package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.net.http.HttpRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class RoutingTest extends GatewayTestSupport {

    @ParameterizedTest(name = "{0} {1} goes to {2}")
    @CsvSource(nullValues = "-", value = {
            "POST, /api/couples/c1/promises, commitment, -",
            "GET, /api/couples/c1/promises, commitment, -",
            "POST, /api/couples/c1/promises/p1/keep, commitment, -",
            "GET, /api/couples/c1/export/commitments, commitment, -",
            "GET, /api/couples/c1/export/journal, journal, -",
            "GET, /api/couples/c1/insights, insights, -",
            "GET, /api/couples/c1/insights/trends, insights, -",
            "GET, /api/analytics/cohorts, insights, analyst",
            "POST, /api/admin/insights/rebuild, insights, admin",
            "POST, /api/couples, journal, -",
            "POST, /api/couples/c1/invites, journal, -",
            "POST, /api/invites/abc123/accept, journal, -",
            "GET, /api/couples/c1/entries, journal, -",
            "POST, /api/couples/c1/leave, journal, -",
            "DELETE, /api/couples/c1, journal, -",
            "GET, /api/couples/c1/promises-archive, journal, -"})
    void each_path_reaches_its_service_with_the_callers_token_and_a_correlation_id(String method, String path,
            String service, @Nullable String role) throws Exception {
        String token = role == null ? TestTokens.mint("alice") : TestTokens.mint("alice", role);

        ApiResponse response = send(method, path, bearer(token), HttpRequest.BodyPublishers.noBody());

        JsonNode received = routed(response);
        assertThat(received.get("service").asString()).isEqualTo(service);
        assertThat(received.get("method").asString()).isEqualTo(method);
        assertThat(received.get("path").asString()).isEqualTo(path);
        assertThat(received.get("authorization").asString()).isEqualTo("Bearer " + token);
        assertThat(received.get("correlationId").asString()).isNotBlank()
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    /** What the service received, after checking that the request did reach it. */
    private static JsonNode routed(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void the_query_string_is_passed_on() throws Exception {
        ApiResponse response = get("/api/couples/c1/promises?status=OPEN&limit=10", asAlice());

        assertThat(routed(response).get("query").asString()).isEqualTo("status=OPEN&limit=10");
    }

    @Test
    void a_callers_correlation_id_is_passed_on_and_echoed_exactly_once() throws Exception {
        ApiResponse response = get("/api/couples/c1/entries",
                Map.of("Authorization", "Bearer " + TestTokens.mint("alice"), "X-Correlation-Id", "trace-me.42"));

        assertThat(routed(response).get("correlationId").asString()).isEqualTo("trace-me.42");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("trace-me.42");
    }

    @Test
    void an_unsafe_correlation_id_is_replaced_before_it_reaches_a_service() throws Exception {
        ApiResponse response = get("/api/couples/c1/entries",
                Map.of("Authorization", "Bearer " + TestTokens.mint("alice"), "X-Correlation-Id", "<script>"));

        String forwarded = routed(response).get("correlationId").asString();
        assertThat(forwarded).isNotEqualTo("<script>").matches("[A-Za-z0-9._-]{1,64}");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly(forwarded);
    }

    @Test
    void the_w3c_traceparent_is_passed_on() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        ApiResponse response = get("/api/couples/c1/insights",
                Map.of("Authorization", "Bearer " + TestTokens.mint("alice"), "traceparent", traceparent));

        assertThat(routed(response).get("traceparent").asString()).isEqualTo(traceparent);
    }

    @Test
    void a_body_within_the_limit_is_passed_on_whole() throws Exception {
        byte[] body = new byte[MAX_REQUEST_BYTES];

        ApiResponse response = send("POST", "/api/couples/c1/entries", asAlice(),
                HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(routed(response).get("bodyBytes").asLong()).isEqualTo(MAX_REQUEST_BYTES);
    }
}
