package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production's way: no local key, an OIDC issuer whose keys are found by discovery. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SecuredTestApplication.class)
class OidcIssuerTest {

    private static final JWKSet TEST_KEY = new JWKSet(new RSAKey.Builder(TestTokens.publicKey()).keyID("test").build());

    @RegisterExtension
    static final StubOidcIssuer ISSUER = StubOidcIssuer.publishing(() -> TEST_KEY);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry registry) {
        ISSUER.trustedBy(registry);
    }

    @Test
    void a_token_of_the_issuer_is_checked_against_its_published_keys_and_its_own_issuer_name() throws Exception {
        assertThat(get(TestTokens.withIssuer("alice", ISSUER.uri())).status()).isEqualTo(200);
    }

    @Test
    void a_local_token_is_refused_when_an_issuer_is_configured() throws Exception {
        assertThat(get(TestTokens.mint("alice")).status()).isEqualTo(401);
    }

    private ApiResponse get(String token) {
        return ApiClient.onPort(port).get("/api/me", token);
    }
}
