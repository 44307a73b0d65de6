package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hearth.platform.test.ApiClient;
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
 * An issuer rotates its keys while tokens are cached: a token whose key left the published set is
 * refused as soon as the edge fetches the new set, as it was before tokens were cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SecuredTestApplication.class)
class IssuerKeyRotationTest {

    private static final RSAKey OLD_KEY = newKey("old");
    private static final RSAKey NEW_KEY = newKey("new");
    private static volatile JWKSet published = new JWKSet(OLD_KEY.toPublicJWK());

    @RegisterExtension
    static final StubOidcIssuer ISSUER = StubOidcIssuer.publishing(() -> published);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry registry) {
        ISSUER.trustedBy(registry);
    }

    @Test
    void a_cached_token_whose_key_was_retired_is_refused_once_the_new_keys_are_fetched() throws Exception {
        String signedWithOldKey = token(OLD_KEY);
        assertThat(status(signedWithOldKey)).isEqualTo(200);
        assertThat(status(signedWithOldKey)).as("served from the cache").isEqualTo(200);

        published = new JWKSet(NEW_KEY.toPublicJWK());
        // A token naming a key id the edge does not hold makes it fetch the set again.
        assertThat(status(token(NEW_KEY))).isEqualTo(200);

        assertThat(status(signedWithOldKey)).isEqualTo(401);
    }

    private int status(String token) {
        return ApiClient.onPort(port).get("/api/me", token).status();
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
