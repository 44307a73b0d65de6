package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers and CORS at the public edge: each header once, nothing that names a version. */
class EdgeHeadersTest extends GatewayTestSupport {

    static final String APP = "https://app.example";

    @ParameterizedTest
    @ValueSource(strings = {"/api/couples/c1/entries", "/api/nowhere"})
    void api_answers_carry_the_security_headers_each_exactly_once(String path) {
        ApiResponse response = get(path, asAlice());

        assertEveryAnswersHeaders(response);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("Cache-Control")).hasSize(1);
    }

    @Test
    void a_refusal_of_security_carries_them_too() {
        ApiResponse response = get("/api/couples/c1/entries", Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertEveryAnswersHeaders(response);
        assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void health_has_no_api_content_security_policy_but_the_referrer_policy() {
        ApiResponse response = get("/actuator/health", Map.of());

        assertEveryAnswersHeaders(response);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_at_the_edge_without_a_token() {
        ApiResponse response = preflight("/api/couples/c1/entries/preflight", APP, "POST",
                "authorization, content-type, idempotency-key, x-correlation-id");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(allowed ->
                assertThat(allowed.toLowerCase()).contains("idempotency-key", "x-correlation-id", "authorization"));
        assertThat(JOURNAL.received("/api/couples/c1/entries/preflight")).isFalse();
    }

    @Test
    void a_preflight_from_another_origin_is_403_not_allowed() {
        ApiResponse response = preflight("/api/couples/c1/entries", "https://evil.example", "POST", "authorization");

        assertProblem(response, 403, "not-allowed");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_preflight_asking_for_a_header_the_api_does_not_take_is_403_not_allowed() {
        assertProblem(preflight("/api/couples/c1/entries", APP, "POST", "x-debug-me"), 403, "not-allowed");
    }

    @Test
    void a_cross_origin_request_from_an_allowed_origin_may_read_retry_after_and_the_correlation_id() {
        Map<String, String> headers = asAlice();
        headers.put("Origin", APP);

        ApiResponse response = get("/api/couples/c1/entries", headers);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("Retry-After", "X-Correlation-Id"));
        assertThat(json(response).get("origin").isNull()).as("the service does not decide CORS again").isTrue();
    }

    private ApiResponse preflight(String path, String origin, String method, String requestHeaders) {
        return send("OPTIONS", path, Map.of("Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", requestHeaders), HttpRequest.BodyPublishers.noBody());
    }

    // What every answer of the edge carries, whatever it is: the referrer policy, once, and nothing that names a version.
    private static void assertEveryAnswersHeaders(ApiResponse response) {
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.headers().map().keySet()).noneMatch(name -> List.of("server", "x-powered-by",
                "x-application-context").contains(name.toLowerCase()));
    }
}
