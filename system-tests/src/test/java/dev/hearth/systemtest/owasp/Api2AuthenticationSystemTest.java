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

    @Test
    void a_request_without_a_token_is_401_problem(PlatformUnderTest hearth) {
        // when
        ApiResponse write = hearth.gateway().send("POST", "/api/couples", Map.of(),
                Map.of("timezone", "Europe/Berlin"));
        ApiResponse read = hearth.gateway().send("GET", "/api/couples/" + UUID.randomUUID() + "/insights",
                Map.of(), null);

        // then
        assertProblem(write, 401, "unauthenticated");
        assertProblem(read, 401, "unauthenticated");
        assertThat(write.header("WWW-Authenticate")).as("%s", write).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void a_token_signed_by_another_key_is_401(PlatformUnderTest hearth) {
        // given the same user and request, once with the platform's key and once with a stranger's
        User carol = hearth.newUser("carol");
        String path = "/api/couples/" + UUID.randomUUID();

        // when
        ApiResponse forged = hearth.gateway().send("GET", path,
                ApiClient.bearer(hearth.tokenSignedByAnotherKey(carol)), null);
        ApiResponse genuine = hearth.gateway().get(path, carol.token());

        // then only the signature made the difference
        assertProblem(forged, 401, "unauthenticated");
        assertProblem(genuine, 404, "couple-not-found");
    }

    @Test
    void an_expired_token_is_401(PlatformUnderTest hearth) {
        // given
        User carol = hearth.newUser("carol");

        // when
        ApiResponse expired = hearth.gateway().send("POST", "/api/couples",
                ApiClient.bearer(hearth.expiredToken(carol)),
                Map.of("timezone", "Europe/Berlin"));

        // then
        assertProblem(expired, 401, "unauthenticated");
    }
}
