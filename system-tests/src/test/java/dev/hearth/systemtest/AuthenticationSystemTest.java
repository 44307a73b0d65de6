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

/** The gateway lets in only tokens signed by the key the platform trusts. */
@SystemTest
class AuthenticationSystemTest {

    private final PlatformUnderTest hearth;
    private final ApiClient gateway;

    AuthenticationSystemTest(PlatformUnderTest hearth) {
        this.hearth = hearth;
        this.gateway = hearth.gateway();
    }

    @Test
    void a_request_without_a_token_is_401_problem() {
        // when
        ApiResponse write = gateway.send("POST", "/api/couples", Map.of(), Map.of("timezone", "Europe/Berlin"));
        ApiResponse read = gateway.send("GET", "/api/couples/" + UUID.randomUUID() + "/insights", Map.of(), null);

        // then
        assertProblem(write, 401, "unauthenticated");
        assertProblem(read, 401, "unauthenticated");
        assertThat(write.header("WWW-Authenticate")).as("%s", write).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void a_token_signed_by_another_key_is_401() {
        // given the same user and request, once with the platform's key and once with a stranger's
        User carol = hearth.newUser("carol");
        String path = "/api/couples/" + UUID.randomUUID();

        // when
        ApiResponse forged = gateway.send("GET", path, ApiClient.bearer(hearth.tokenSignedByAnotherKey(carol)), null);
        ApiResponse genuine = gateway.get(path, carol.token());

        // then only the signature made the difference
        assertProblem(forged, 401, "unauthenticated");
        assertProblem(genuine, 404, "couple-not-found");
    }

    @Test
    void an_expired_token_is_401() {
        // given
        User carol = hearth.newUser("carol");

        // when
        ApiResponse expired = gateway.send("POST", "/api/couples", ApiClient.bearer(hearth.expiredToken(carol)),
                Map.of("timezone", "Europe/Berlin"));

        // then
        assertProblem(expired, 401, "unauthenticated");
    }
}
