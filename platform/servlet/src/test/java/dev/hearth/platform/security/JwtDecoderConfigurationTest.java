package dev.hearth.platform.security;

import dev.hearth.platform.security.core.HearthSecurityProperties;
import dev.hearth.platform.security.core.ValidatedTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.UrlResource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The production path: an OIDC issuer found by discovery, standing in for the real identity provider. */
class JwtDecoderConfigurationTest {

    private final HearthSecurityAutoConfiguration configuration = new HearthSecurityAutoConfiguration();
    private final AtomicInteger discoveries = new AtomicInteger();
    private final AtomicInteger keySetFetches = new AtomicInteger();
    private final ValidatedTokens validated = ValidatedTokens.withSystemClock();
    private HttpServer issuerServer;
    private String issuer;

    @BeforeEach
    void startIssuer() throws IOException {
        issuerServer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer = "http://localhost:" + issuerServer.getAddress().getPort() + "/realms/hearth";
        String jwks = new JWKSet(new RSAKey.Builder(TestTokens.publicKey())
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID("k1").build()).toString();
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\","
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        issuerServer.createContext("/realms/hearth/.well-known/openid-configuration", exchange -> {
            discoveries.incrementAndGet();
            answer(exchange, discovery);
        });
        issuerServer.createContext("/realms/hearth/certs", exchange -> {
            keySetFetches.incrementAndGet();
            answer(exchange, jwks);
        });
        issuerServer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuerServer.stop(0);
    }

    @Test
    void with_an_issuer_uri_tokens_of_that_issuer_are_accepted() throws Exception {
        JwtDecoder decoder = decoderFor(issuer, new HearthSecurityProperties(null, "hearth", "roles"));

        Jwt jwt = decoder.decode(TestTokens.withIssuer("user-1", issuer));

        assertThat(jwt.getSubject()).isEqualTo("user-1");
    }

    @Test
    void with_an_issuer_uri_local_tokens_are_rejected() throws Exception {
        JwtDecoder decoder = decoderFor(issuer, new HearthSecurityProperties(null, "hearth", "roles"));

        assertThatThrownBy(() -> decoder.decode(TestTokens.mint("user-1")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void an_accepted_token_is_remembered_and_a_refused_one_is_not() throws Exception {
        JwtDecoder decoder = decoderFor(issuer, new HearthSecurityProperties(null, "hearth", "roles"));
        String token = TestTokens.withIssuer("user-1", issuer);

        decoder.decode(token);
        // The first check fetched the key set while it ran (through the interceptor that empties the cache):
        // not remembered, as keys may have changed meanwhile. The second is.
        assertThat(validated.isKnown(token)).isFalse();
        decoder.decode(token);
        assertThat(validated.isKnown(token)).isTrue();
        assertThat(decoder.decode(token).getSubject()).isEqualTo("user-1");

        String local = TestTokens.mint("user-1");
        assertThatThrownBy(() -> decoder.decode(local)).isInstanceOf(JwtValidationException.class);
        assertThat(validated.isKnown(local)).isFalse();
        assertThat(keySetFetches).hasValue(1);
    }

    @Test
    void the_issuer_is_only_asked_when_the_first_token_arrives() throws Exception {
        JwtDecoder decoder = decoderFor(issuer, new HearthSecurityProperties(null, "hearth", "roles"));
        assertThat(discoveries).hasValue(0);

        decoder.decode(TestTokens.withIssuer("user-1", issuer));

        assertThat(discoveries).hasValue(1);
    }

    @Test
    void an_issuer_wins_over_the_local_key_that_every_service_names_by_default() throws Exception {
        OAuth2ResourceServerProperties properties = new OAuth2ResourceServerProperties();
        properties.getJwt().setIssuerUri(issuer);
        properties.getJwt().setPublicKeyLocation(new UrlResource(TestTokens.publicKeyLocation()));
        JwtDecoder decoder = configuration.jwtDecoder(properties, new HearthSecurityProperties(null, "hearth", "roles"), validated);

        assertThat(decoder.decode(TestTokens.withIssuer("user-1", issuer)).getSubject()).isEqualTo("user-1");
        assertThat(discoveries).hasValue(1);
        assertThatThrownBy(() -> decoder.decode(TestTokens.mint("user-1")))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void without_a_key_or_an_issuer_the_service_does_not_start() {
        assertThatThrownBy(() -> decoderFor(null, new HearthSecurityProperties(null, "hearth", "roles")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("public-key-location")
                .hasMessageContaining("issuer-uri");
    }

    private JwtDecoder decoderFor(String issuerUri, HearthSecurityProperties security) throws Exception {
        OAuth2ResourceServerProperties properties = new OAuth2ResourceServerProperties();
        properties.getJwt().setIssuerUri(issuerUri);
        return configuration.jwtDecoder(properties, security, validated);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
