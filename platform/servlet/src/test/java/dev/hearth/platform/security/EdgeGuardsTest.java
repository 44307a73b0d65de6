package dev.hearth.platform.security;

import static dev.hearth.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a service guards itself against, reachable without the gateway: bodies over the size limit
 * (declared or streamed), JSON nested too deep, other sites' scripts; and the headers it answers with.
 */
@SpringBootTest(classes = {SecuredTestApplication.class, EdgeGuardsTest.Echo.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hearth.max-request-size=1KB", "hearth.cors.allowed-origins=https://app.example"})
class EdgeGuardsTest extends OnSecuredTestService {

    static final int LIMIT = 1024;

    @Test
    void a_body_declared_over_the_limit_is_413_before_security_looks_at_the_token() {
        ApiResponse reply = http.send("POST", "/api/echo", Map.of("Content-Type", "application/json"),
                HttpRequest.BodyPublishers.ofByteArray(json(LIMIT + 1)));

        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void a_chunked_body_that_grows_over_the_limit_is_413() {
        // No Content-Length: the JDK client sends an InputStream body chunked.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(json(4 * LIMIT)));

        ApiResponse reply = http.send("POST", "/api/echo", headers(), chunked);

        assertProblem(reply, 413, "payload-too-large");
    }

    @Test
    void a_client_still_sending_a_refused_body_of_five_megabytes_reads_the_whole_413_then_a_clean_close()
            throws IOException {
        // Tomcat drops at most 2 MB of a refused body by default and then closes with the rest unread,
        // which resets the connection: the client's writes fail and the 413 it was sent can be lost.
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            // A small send buffer: the body cannot wait in the kernel, the server has to read it.
            socket.setSendBufferSize(32 * 1024);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TestTokens.mint("user-1") + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int sent = 0; sent < 5 * 1024 * 1024; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Length:")
                    .containsIgnoringCase("Connection: close").contains("payload-too-large")
                    .doesNotContainIgnoringCase("Transfer-Encoding");
        }
    }

    @Test
    void a_body_of_exactly_the_limit_is_read() {
        ApiResponse declared = http.send("POST", "/api/echo", headers(), HttpRequest.BodyPublishers.ofByteArray(json(LIMIT)));
        ApiResponse chunked = http.send("POST", "/api/echo", headers(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(LIMIT))));

        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(200);
    }

    @Test
    void json_nested_deeper_than_32_levels_is_a_400_and_shallower_json_is_read() {
        ApiResponse deep = http.send("POST", "/api/echo", headers(), nested(40));
        ApiResponse shallow = http.send("POST", "/api/echo", headers(), nested(20));

        assertProblem(deep, 400, "invalid-request");
        assertThat(shallow.status()).as(shallow.toString()).isEqualTo(200);
    }

    @Test
    void api_answers_carry_the_security_headers_each_once() {
        ApiResponse reply = http.get("/api/me", TestTokens.mint("user-1"));

        assertThat(reply.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(reply.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(reply.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(reply.headers().map().keySet()).noneMatch(name -> List.of("server", "x-powered-by")
                .contains(name.toLowerCase()));
    }

    @Test
    void health_has_the_referrer_policy_but_not_the_apis_content_security_policy() {
        ApiResponse reply = http.get("/actuator/health");

        assertThat(reply.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(reply.header("Content-Security-Policy")).isEmpty();
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_without_a_token_and_another_origin_gets_403() {
        ApiResponse allowed = preflight("https://app.example");
        ApiResponse refused = preflight("https://evil.example");

        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(allowed.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://app.example");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isEmpty();
        assertProblem(refused, 403, "not-allowed");
    }

    private ApiResponse preflight(String origin) {
        return http.send("OPTIONS", "/api/echo", Map.of("Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type, idempotency-key"),
                HttpRequest.BodyPublishers.noBody());
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = ApiClient.bearer(TestTokens.mint("user-1"));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    /** {@code {"text":"aaa…"}} of exactly {@code bytes} bytes. */
    private static byte[] json(int bytes) {
        String shell = "{\"text\":\"\"}";
        return ("{\"text\":\"" + "a".repeat(bytes - shell.length()) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static HttpRequest.BodyPublisher nested(int depth) {
        return HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    record Text(String text) {
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Echo.Controller.class)
    static class Echo {

        @RestController
        static class Controller {

            @PostMapping("/api/echo")
            Map<String, Integer> echo(@RequestBody Text body) {
                return Map.of("length", body.text().length());
            }
        }
    }
}
