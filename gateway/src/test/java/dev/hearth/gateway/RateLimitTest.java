package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import dev.hearth.gateway.metrics.ManagementPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rate limits with small buckets (3 requests, refilled once an hour, so nothing refills during a
 * test) behind one trusted proxy: each test plays a client address of its own through
 * {@code X-Forwarded-For}, as the proxy would report it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitTest {

    static final int BURST = 3;

    @LocalServerPort
    int port;

    @Autowired
    ManagementPort management;

    @DynamicPropertySource
    static void smallLimits(DynamicPropertyRegistry registry) {
        GatewayTestSupport.routeTo(registry, GatewayTestSupport.JOURNAL::url, GatewayTestSupport.COMMITMENT::url,
                GatewayTestSupport.INSIGHTS::url);
        for (String limit : new String[] {"user", "anonymous"}) {
            registry.add("hearth.rate-limit." + limit + ".burst", () -> BURST);
            registry.add("hearth.rate-limit." + limit + ".rate", () -> 1);
            registry.add("hearth.rate-limit." + limit + ".period", () -> "1h");
        }
        registry.add("hearth.rate-limit.trusted-hops", () -> 1);
    }

    final String client = randomAddress();

    @Test
    void a_caller_over_the_burst_gets_429_rate_limited_with_retry_after_and_nothing_is_passed_on() {
        String token = TestTokens.mint("flooder-" + UUID.randomUUID());
        for (int i = 0; i < BURST; i++) {
            assertThat(get("/api/couples/c1/entries/allowed-" + i, token).status()).isEqualTo(200);
        }

        String refusedPath = "/api/couples/c1/entries/refused-" + UUID.randomUUID();
        ApiResponse refused = get(refusedPath, token);

        GatewayTestSupport.assertProblem(refused, 429, "rate-limited");
        assertThat(refused.headers().allValues("Retry-After")).singleElement()
                .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isGreaterThanOrEqualTo(1));
        assertThat(GatewayTestSupport.JOURNAL.received(refusedPath)).isFalse();
    }

    @Test
    void one_callers_flood_leaves_another_caller_untouched() {
        String alice = TestTokens.mint("alice-" + UUID.randomUUID());
        String bob = TestTokens.mint("bob-" + UUID.randomUUID());
        get("/api/couples/c1/insights", bob);
        for (int i = 0; i < BURST + 2; i++) {
            get("/api/couples/c1/insights", alice);
        }

        assertThat(get("/api/couples/c1/insights", alice).status()).isEqualTo(429);
        assertThat(get("/api/couples/c1/insights", bob).status()).isEqualTo(200);
    }

    @Test
    void requests_without_a_token_are_limited_by_client_address_before_security() {
        for (int i = 0; i < BURST; i++) {
            assertThat(get("/api/couples/c1/insights", null).status()).isEqualTo(401);
        }

        GatewayTestSupport.assertProblem(get("/api/couples/c1/insights", null), 429, "rate-limited");
        assertThat(get("/api/couples/c1/insights", null, "2001:db8::9, " + randomAddress()).status())
                .as("another client address").isEqualTo(401);
    }

    @Test
    void forged_tokens_count_against_the_client_address() {
        for (int i = 0; i < BURST; i++) {
            assertThat(get("/api/couples/c1/insights", TestTokens.signedByOtherKey("mallory-" + i)).status())
                    .isEqualTo(401);
        }

        assertThat(get("/api/couples/c1/insights", TestTokens.signedByOtherKey("mallory-x")).status()).isEqualTo(429);
    }

    @Test
    void an_address_a_client_forges_into_x_forwarded_for_is_ignored() {
        for (int i = 0; i < BURST; i++) {
            get("/api/couples/c1/insights", null, randomAddress() + ", " + client);
        }

        ApiResponse forged = get("/api/couples/c1/insights", null, randomAddress() + ", " + client);

        assertThat(forged.status()).as("the trusted proxy's entry is the key, not the client's").isEqualTo(429);
    }

    @Test
    void health_and_api_docs_are_never_limited() {
        for (int i = 0; i < BURST + 1; i++) {
            get("/api/couples/c1/insights", null);
        }

        for (int i = 0; i < 2 * BURST; i++) {
            assertThat(get("/actuator/health", null).status()).isEqualTo(200);
            assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
            assertThat(get("/v3/api-docs/journal", null).status()).isNotEqualTo(429);
        }
    }

    @Test
    void refusals_are_counted_per_route_on_the_management_port() {
        String token = TestTokens.mint("counted-" + UUID.randomUUID());
        for (int i = 0; i < BURST + 1; i++) {
            get("/api/couples/c1/promises", token);
        }

        String metrics = ApiClient.onPort(management.port()).get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern(
                "hearth_gateway_rate_limited_total\\{limit=\"user\",route=\"commitment\"} [1-9]");
    }

    private ApiResponse get(String path, @Nullable String token) {
        return get(path, token, client);
    }

    private ApiResponse get(String path, @Nullable String token, String forwardedFor) {
        Map<String, String> headers = ApiClient.bearer(token);
        headers.put("X-Forwarded-For", forwardedFor);
        return ApiClient.onPort(port).send("GET", path, headers, null);
    }

    /** A random address of the documentation prefix (RFC 3849): only ever a header value here, never a destination. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(random.nextInt(0x10000));
    }
}
