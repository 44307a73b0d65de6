package dev.hearth.platform.security;

import static dev.hearth.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HearthSecurityTest extends OnSecuredTestService {

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() {
        ApiResponse reply = http.get("/api/me");

        assertProblem(reply, 401, "unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
        assertThat(reply.json().get("detail").asString()).isEqualTo("A bearer token is required");
        assertThat(reply.json().get("instance").asString()).isEqualTo("/api/me");
    }

    @Test
    void a_token_signed_by_another_key_is_a_401() {
        ApiResponse reply = http.get("/api/me", TestTokens.signedByOtherKey("user-1"));

        assertProblem(reply, 401, "unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.hearth.platform.security.HearthSecurityTest#forgedTokens")
    void a_forged_token_is_a_401(String kind, String token) {
        ApiResponse reply = http.get("/api/me", token);

        assertProblem(reply, 401, "unauthenticated");
        assertThat(reply.body()).doesNotContain("Exception");
    }

    static Stream<Arguments> forgedTokens() {
        return TestTokens.forged("user-1");
    }

    @Test
    void a_malformed_token_is_a_401() {
        ApiResponse reply = http.get("/api/me", "not-a-jwt");

        assertProblem(reply, 401, "unauthenticated");
        assertThat(reply.body()).doesNotContain("not-a-jwt").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "a token {0} is a 401 whose detail names \"{2}\"")
    @MethodSource("tokensARuleRefuses")
    void a_token_a_rule_refuses_is_a_401_whose_detail_names_the_rule(String kind, String token, String named) {
        ApiResponse reply = http.get("/api/me", token);

        assertProblem(reply, 401, "unauthenticated");
        assertThat(reply.json().get("detail").asString()).contains(named);
    }

    static Stream<Arguments> tokensARuleRefuses() {
        return Stream.of(
                Arguments.of("that has expired", TestTokens.expired("user-1"), "expired"),
                Arguments.of("from another issuer", TestTokens.withIssuer("user-1", "https://evil.example"), "iss"),
                Arguments.of("for another audience", TestTokens.withAudience("user-1", "another-app"), "aud"),
                Arguments.of("whose subject is not a user id", TestTokens.mint("robert'); drop table users;--"), "sub"));
    }

    @Test
    void a_valid_token_reaches_the_controller_and_its_subject_is_the_current_user() {
        String sub = "auth0|5f2b:user@example.org";

        ApiResponse reply = http.get("/api/me", TestTokens.mint(sub));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("currentUser").asString()).isEqualTo(sub);
        assertThat(reply.json().get("subject").asString()).isEqualTo(sub);
        assertThat(reply.json().get("name").asString()).isEqualTo(sub);
    }

    @Test
    void an_async_answer_knows_the_current_user() {
        ApiResponse reply = http.get("/api/me/later", TestTokens.mint("user-7"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("currentUser").asString()).isEqualTo("user-7");
    }

    @Test
    void every_caller_is_a_member_and_token_roles_become_upper_case_authorities() {
        ApiResponse member = http.get("/api/me", TestTokens.mint("user-1"));
        ApiResponse analyst = http.get("/api/me", TestTokens.mint("user-2", "analyst"));

        assertThat(roles(member)).containsExactly("ROLE_MEMBER");
        assertThat(roles(analyst)).containsExactlyInAnyOrder("ROLE_MEMBER", "ROLE_ANALYST");
    }

    @Test
    void an_admin_reaches_the_admin_endpoints() {
        ApiResponse reply = http.get("/api/admin/insights/rebuild", TestTokens.mint("user-1", "admin"));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void operator_analytics_need_the_analyst_role() {
        assertProblem(http.get("/api/analytics/cohorts", TestTokens.mint("user-1", "admin")), 403, "not-allowed");
        assertThat(http.get("/api/analytics/cohorts", TestTokens.mint("user-1", "analyst")).status()).isEqualTo(200);
    }

    @Test
    void a_method_security_denial_inside_a_controller_is_the_same_403_problem() {
        ApiResponse reply = http.get("/api/erasures", TestTokens.mint("user-1"));

        assertProblem(reply, 403, "not-allowed");
        assertThat(reply.json().get("detail").asString()).isEqualTo("You are not allowed to do this");
    }

    @Test
    void health_is_open_without_a_token() {
        ApiResponse reply = http.get("/actuator/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void api_docs_are_open_without_a_token() {
        assertThat(http.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void a_request_the_security_refuses_is_its_problem(String request, String path, @Nullable String token,
            int status, String slug) {
        assertProblem(http.get(path, token), status, slug);
    }

    static Stream<Arguments> refusedRequests() {
        return Stream.of(
                Arguments.of("an async endpoint still needs a token", "/api/me/later", null, 401, "unauthenticated"),
                Arguments.of("a member without the admin role gets a 403 problem", "/api/admin/insights/rebuild",
                        TestTokens.mint("user-1"), 403, "not-allowed"),
                Arguments.of("other actuator endpoints need a token", "/actuator/info", null, 401, "unauthenticated"),
                Arguments.of("an unknown path with a valid token is a 404 problem", "/api/nowhere",
                        TestTokens.mint("user-1"), 404, "not-found"),
                Arguments.of("an unknown path without a token is a 401 and reveals nothing", "/api/nowhere", null,
                        401, "unauthenticated"));
    }

    @Test
    void a_failure_after_authentication_is_rendered_as_a_500_problem_not_a_401() {
        ApiResponse reply = http.get("/api/filter-failure", TestTokens.mint("user-1"));

        assertProblem(reply, 500, "internal-error");
        assertThat(reply.body()).doesNotContain(SecuredTestApplication.SECRET).doesNotContain("Exception");
    }

    // Spring Security 7 adds factor authorities (FACTOR_BEARER) of its own; only roles are ours.
    private static List<String> roles(ApiResponse reply) {
        return reply.json().get("authorities").valueStream().map(JsonNode::asString)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }
}
