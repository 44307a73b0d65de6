package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.hearth.gateway.metrics.ManagementPort;
import org.springframework.beans.factory.annotation.Autowired;

class GatewayHealthTest extends GatewayTestSupport {

    @Autowired
    ManagementPort management;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_and_its_probes_are_up_without_a_token(String path) throws Exception {
        ApiResponse response = get(path, Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metrics_are_not_served_on_the_public_port_401_without_a_token_and_404_with_one() throws Exception {
        assertProblem(get("/actuator/prometheus", Map.of()), 401, "unauthenticated");
        assertProblem(get("/actuator/prometheus", asAlice()), 404, "not-found");
    }

    @Test
    void metrics_are_scraped_on_the_management_port_without_a_token() throws Exception {
        ApiResponse response = ApiClient.onPort(management.port()).get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
        // No count of log lines: its turbo filter would run on every logger's level check (application.yml).
        assertThat(response.body()).doesNotContain("logback_events");
    }

    /**
     * Health answers off the event loop; with reactor-netty 1.3.6 a kept-alive connection then
     * stopped reading after a few hundred requests at most (reactor/reactor-netty#4361).
     */
    @Test
    void health_answers_every_request_on_one_kept_alive_connection() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 2_000; i++) {
                out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();

                assertThat(statusLineOfNextResponse(in)).as("response %d", i).isEqualTo("HTTP/1.1 200 OK");
            }
        }
    }

    /** Reads one response with a Content-Length body off a kept-alive connection; returns its status line. */
    private static String statusLineOfNextResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.write(next);
        }
        String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).trim()));
            }
        }
        return lines[0];
    }
}
