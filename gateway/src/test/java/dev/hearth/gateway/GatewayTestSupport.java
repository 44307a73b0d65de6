package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One gateway for the routing and error tests (a shared Spring context), pointed at three stub
 * services started once per JVM, trusting {@link TestTokens}' key, with a short response timeout
 * and a small body limit so that those tests run quickly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayTestSupport {

    static final StubService JOURNAL = StubService.start("journal");
    static final StubService COMMITMENT = StubService.start("commitment");
    static final StubService INSIGHTS = StubService.start("insights");

    static final int MAX_REQUEST_BYTES = 16 * 1024;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtTheStubs(DynamicPropertyRegistry registry) {
        routeTo(registry, JOURNAL::url, COMMITMENT::url, INSIGHTS::url);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "3s");
        registry.add("hearth.gateway.max-request-size", () -> MAX_REQUEST_BYTES + "B");
        // Every test here is alice from one address: the limits have tests of their own (RateLimitTest).
        registry.add("hearth.rate-limit.user.burst", () -> "100000");
        registry.add("hearth.rate-limit.anonymous.burst", () -> "100000");
        registry.add("hearth.cors.allowed-origins", () -> EdgeHeadersTest.APP + ", https://other.example");
    }

    /** Routes the gateway to these services and makes it trust {@link TestTokens}' key. */
    static void routeTo(DynamicPropertyRegistry registry, Supplier<Object> journal, Supplier<Object> commitment,
                        Supplier<Object> insights) {
        registry.add("JOURNAL_URL", journal);
        registry.add("COMMITMENT_URL", commitment);
        registry.add("INSIGHTS_URL", insights);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    ApiResponse send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        return ApiClient.onPort(port).send(method, path, headers, body);
    }

    ApiResponse get(String path, Map<String, String> headers) {
        return ApiClient.onPort(port).send("GET", path, headers, null);
    }

    static Map<String, String> bearer(String token) {
        return ApiClient.bearer(token);
    }

    static Map<String, String> asAlice() {
        return bearer(TestTokens.mint("alice"));
    }

    static JsonNode json(ApiResponse response) {
        return response.json();
    }

    /** Asserts a problem+json response of the given catalogue slug that quotes the response's correlation id. */
    static JsonNode assertProblem(ApiResponse response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://hearth.dev/problems/" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(problem.get("correlationId").asString()).isEqualTo(correlationId);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at io.", "127.0.0.1");
        return problem;
    }
}
