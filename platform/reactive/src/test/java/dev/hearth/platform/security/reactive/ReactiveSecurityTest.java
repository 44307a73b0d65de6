package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.security.core.HeaderCharacters;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.FirewallChecks;
import dev.hearth.platform.test.RawHttp;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SecuredTestApplication.class)
class ReactiveSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFilterChainProxy securityFilters;

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @Test
    void a_valid_token_reaches_the_handler_with_its_subject_and_roles() throws Exception {
        ApiResponse response = get("/api/me", TestTokens.mint("auth0|alice-1", "analyst"), null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("sub").asString()).isEqualTo("auth0|alice-1");
        // Spring Security adds its own FACTOR_BEARER authority; the roles are ours.
        assertThat(body.get("authorities").valueStream().map(JsonNode::asString).filter(a -> a.startsWith("ROLE_")))
                .containsExactly("ROLE_ANALYST", "ROLE_MEMBER");
    }

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() throws Exception {
        ApiResponse response = get("/api/me", null, null);

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(problem(response).get("detail").asString()).isEqualTo("A bearer token is required");
    }

    @Test
    void a_token_signed_by_another_key_is_a_401_problem() throws Exception {
        ApiResponse response = get("/api/me", TestTokens.signedByOtherKey("alice"), null);

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        assertThat(problem(response).get("detail").asString()).contains("not signed by a trusted key");
    }

    @ParameterizedTest(name = "a token {0} is a 401 problem whose detail names \"{2}\"")
    @MethodSource("tokensARuleRefuses")
    void a_token_a_rule_refuses_is_a_401_problem_that_names_the_rule(String kind, String token, String named)
            throws Exception {
        ApiResponse response = get("/api/me", token, null);

        assertUnauthenticated(response);
        assertThat(problem(response).get("detail").asString()).contains(named);
    }

    static Stream<Arguments> tokensARuleRefuses() {
        return Stream.of(
                Arguments.of("that has expired", TestTokens.expired("alice"), "expired"),
                Arguments.of("of another issuer", TestTokens.withIssuer("alice", "https://evil.example"), "iss"),
                Arguments.of("for another audience", TestTokens.withAudience("alice", "someone-else"), "aud"));
    }

    @Test
    void a_subject_with_characters_outside_the_user_id_alphabet_is_a_401_problem() throws Exception {
        ApiResponse spaced = get("/api/me", TestTokens.mint("alice smith"), null);

        assertUnauthenticated(spaced);
        assertThat(problem(spaced).get("detail").asString()).contains("sub");
        assertUnauthenticated(get("/api/me", TestTokens.mint("a".repeat(129)), null));
    }

    @Test
    void garbage_in_the_authorization_header_is_a_401_problem() throws Exception {
        assertUnauthenticated(get("/api/me", "not-a-jwt", null));
    }

    @Test
    void the_admin_paths_need_the_admin_role() throws Exception {
        assertNotAllowed(get("/api/admin/things", TestTokens.mint("alice", "analyst"), null));
        assertThat(get("/api/admin/things", TestTokens.mint("alice", "admin"), null).status()).isEqualTo(200);
    }

    @Test
    void the_analytics_paths_need_the_analyst_role() throws Exception {
        assertNotAllowed(get("/api/analytics/cohorts", TestTokens.mint("alice"), null));
        assertThat(get("/api/analytics/cohorts", TestTokens.mint("alice", "analyst"), null).status()).isEqualTo(200);
    }

    @Test
    void a_handlers_own_role_rule_is_refused_as_a_403_problem_too() throws Exception {
        assertNotAllowed(get("/api/secrets", TestTokens.mint("alice"), null));
        assertThat(get("/api/secrets", TestTokens.mint("alice", "keeper"), null).status()).isEqualTo(200);
    }

    @Test
    void the_api_docs_are_open_without_a_token() throws Exception {
        assertThat(get("/v3/api-docs", null, null).status()).isEqualTo(200);
    }

    @Test
    void a_well_formed_correlation_id_is_kept_and_quoted_in_the_problem() throws Exception {
        ApiResponse response = get("/api/me", null, "req-42.a_b");

        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("req-42.a_b");
        assertThat(problem(response).get("correlationId").asString()).isEqualTo("req-42.a_b");
    }

    @Test
    void an_unsafe_correlation_id_is_replaced_by_a_new_one() throws Exception {
        ApiResponse response = get("/api/me", null, "x".repeat(65));

        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(problem(response).get("correlationId").asString()).isEqualTo(id);
    }

    @Test
    void a_request_without_a_correlation_id_gets_one() throws Exception {
        ApiResponse response = get("/api/me", TestTokens.mint("alice"), null);

        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }

    @Test
    void a_path_that_climbs_out_with_dot_segments_is_a_400_problem() throws Exception {
        ApiResponse response = get("/api/x/../../v3/api-docs", null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(problem(response).get("type").asString()).isEqualTo("https://hearth.dev/problems/invalid-request");
    }

    @Test
    void the_security_filters_use_the_strict_firewall_with_the_scanning_checks() {
        Object firewall = ReflectionTestUtils.getField(securityFilters, "firewall");

        assertThat(firewall).isInstanceOf(StrictServerWebExchangeFirewall.class);
        assertThat(FirewallChecks.of(firewall))
                .isEqualTo(new FirewallChecks(HeaderCharacters.VALUE, HeaderCharacters.NAME, HeaderCharacters.NAME));
    }

    @Test
    void a_control_character_in_the_authorization_header_is_a_400_problem_from_the_firewall() throws IOException {
        // U+0085 (NEL) passes Netty's header checks as an obs-text byte and is a control character to the firewall.
        String answer = RawHttp.exchange(port, "GET /api/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + TestTokens.mint("alice") + "\u0085\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("https://hearth.dev/problems/invalid-request");
    }

    @Test
    void trace_is_a_405_problem() throws Exception {
        ApiResponse response = ApiClient.onPort(port).send("TRACE", "/api/me", Map.of(), null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(problem(response).get("type").asString()).isEqualTo("https://hearth.dev/problems/method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    private void assertUnauthenticated(ApiResponse response) throws IOException {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://hearth.dev/problems/unauthenticated");
        assertThat(problem.get("title").asString()).isEqualTo("Authentication required");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/me");
        assertThat(problem.get("correlationId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at dev.", "at org.");
    }

    private static void assertNotAllowed(ApiResponse response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://hearth.dev/problems/not-allowed");
        assertThat(problem.get("detail").asString()).isEqualTo("You are not allowed to do this");
        assertThat(problem.get("correlationId").asString()).isNotBlank();
    }

    private static JsonNode problem(ApiResponse response) {
        return response.json();
    }

    private ApiResponse get(String path, @Nullable String token, @Nullable String correlationId) {
        Map<String, String> headers = ApiClient.bearer(token);
        if (correlationId != null) {
            headers.put("X-Correlation-Id", correlationId);
        }
        return ApiClient.onPort(port).send("GET", path, headers, null);
    }
}
