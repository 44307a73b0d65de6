package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up's reads against a real HTTP server standing in for the gateway and the three services. */
class WarmReadsTest {

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                tokens.add(authorization);
            }
            answer(exchange, path.endsWith("/prometheus") ? "# no metrics\n" : "{\"trust\":{\"kept\":0}}");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void it_scrapes_the_services_and_reads_each_couples_insights_as_the_steps_do(@TempDir Path home) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        // One server answers for the gateway and the three services (each path is resolved from the root).
        BenchOptions options = BenchOptions.parse(new String[] {"--home", home.toString(), "--gateway", base,
                "--journal", base, "--commitment", base, "--insights", base}, Map.of());
        HearthApi api = new HearthApi(options.gateway(), 0);
        List<Couple> couples = List.of(new Couple("c-1", "a1", "token-a1", "b1", "token-b1"),
                new Couple("c-2", "a2", "token-a2", "b2", "token-b2"));

        String detail;
        try (WarmReads reads = WarmReads.start(api, new MetricsScraper(api, options), couples, Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && !(count("/actuator/prometheus") >= 12
                    && count("/api/couples/c-1/insights") >= 3 && count("/api/couples/c-2/insights") >= 3)) {
                Threads.sleep(Duration.ofMillis(20));
            }
            detail = reads.detail();
        }

        // Each round scrapes the three services and insights' lag histogram once more: four requests.
        assertThat(count("/actuator/prometheus")).isGreaterThanOrEqualTo(12);
        assertThat(count("/api/couples/c-1/insights")).isGreaterThanOrEqualTo(3);
        assertThat(count("/api/couples/c-2/insights")).isGreaterThanOrEqualTo(3);
        assertThat(tokens).contains("Bearer token-a1", "Bearer token-a2");
        assertThat(detail).matches("\\d+ scrapes of the services, \\d+ insights reads");
    }

    private int count(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }
}
