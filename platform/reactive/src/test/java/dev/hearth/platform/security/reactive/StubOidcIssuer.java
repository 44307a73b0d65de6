package dev.hearth.platform.security.reactive;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OIDC issuer on a loopback port, as the edge finds one in production: a discovery document, and the key
 * set {@code keys} gives at each fetch (a test may change it, as an issuer rotating its keys does). Registered
 * as a static {@code @RegisterExtension}, it stops after the test class.
 */
final class StubOidcIssuer implements AfterAllCallback {

    private final HttpServer server;

    private StubOidcIssuer(HttpServer server) {
        this.server = server;
    }

    static StubOidcIssuer publishing(Supplier<JWKSet> keys) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hearth";
            server.createContext("/realms/hearth/.well-known/openid-configuration", exchange -> answer(exchange,
                    "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/jwks\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                            + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}"));
            server.createContext("/realms/hearth/jwks", exchange -> answer(exchange, keys.get().toString()));
            server.start();
            return new StubOidcIssuer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer's name, as its tokens carry it and as {@code issuer-uri} is set to. */
    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hearth";
    }

    /** Makes the service under test trust this issuer, and only it: its {@code issuer-uri}. */
    void trustedBy(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::uri);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
