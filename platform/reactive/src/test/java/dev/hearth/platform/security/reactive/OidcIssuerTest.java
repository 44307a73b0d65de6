package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production's way: no local key, an OIDC issuer whose keys are found by discovery, and which rotates
 * them. The test tokens' key stays published throughout, so the tests hold in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SecuredTestApplication.class)
class OidcIssuerTest {

    private static final RSAKey TEST_KEY = new RSAKey.Builder(TestTokens.publicKey()).keyID("test").build();
    private static final RSAKey OLD_KEY = newKey("old");
    private static final RSAKey NEW_KEY = newKey("new");
    private static volatile JWKSet published = publishedWith(OLD_KEY);

    @RegisterExtension
    static final StubOidcIssuer ISSUER = StubOidcIssuer.publishing(() -> published);

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

    /** Tokens are cached: one whose key left the published set is refused as soon as the edge fetches the new set. */
    @Test
    void a_cached_token_whose_key_was_retired_is_refused_once_the_new_keys_are_fetched() throws Exception {
        String signedWithOldKey = token(OLD_KEY);
        assertThat(get(signedWithOldKey).status()).isEqualTo(200);
        assertThat(get(signedWithOldKey).status()).as("served from the cache").isEqualTo(200);

        published = publishedWith(NEW_KEY);
        // A token naming a key id the edge does not hold makes it fetch the set again.
        assertThat(get(token(NEW_KEY)).status()).isEqualTo(200);

        assertThat(get(signedWithOldKey).status()).isEqualTo(401);
    }

    private ApiResponse get(String token) {
        return ApiClient.onPort(port).get("/api/me", token);
    }

    private static JWKSet publishedWith(RSAKey rotating) {
        return new JWKSet(List.<JWK>of(TEST_KEY, rotating.toPublicJWK()));
    }

    private static String token(RSAKey key) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER.uri()).audience("hearth").subject("alice")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("roles", List.of("member")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
