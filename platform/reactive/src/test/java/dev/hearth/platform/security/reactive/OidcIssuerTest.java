package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production's way: no local key, an OIDC issuer whose keys are found by discovery. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SecuredTestApplication.class)
class OidcIssuerTest {

    private static final HttpServer ISSUER = startIssuer();
    private static final String ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/hearth";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER_URI);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void a_token_of_the_issuer_is_checked_against_its_published_keys_and_its_own_issuer_name() throws Exception {
        assertThat(get(TestTokens.withIssuer("alice", ISSUER_URI)).status()).isEqualTo(200);
    }

    @Test
    void a_local_token_is_refused_when_an_issuer_is_configured() throws Exception {
        assertThat(get(TestTokens.mint("alice")).status()).isEqualTo(401);
    }

    private ApiResponse get(String token) {
        return ApiClient.onPort(port).get("/api/me", token);
    }

    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hearth";
            String jwks = new JWKSet(new RSAKey.Builder(TestTokens.publicKey()).keyID("test").build()).toString();
            server.createContext("/realms/hearth/.well-known/openid-configuration", exchange -> answer(exchange,
                    "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/jwks\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                            + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}"));
            server.createContext("/realms/hearth/jwks", exchange -> answer(exchange, jwks));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
