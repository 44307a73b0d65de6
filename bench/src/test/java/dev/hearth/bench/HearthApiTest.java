package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's HTTP client against a real HTTP server on the loopback: what it sends and how it reads answers and failures. */
class HearthApiTest {

    private HttpServer server;
    private URI base;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final CountDownLatch never = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.put("method", exchange.getRequestMethod());
            seen.put("path", exchange.getRequestURI().toString());
            seen.put("body", body);
            for (String header : List.of("Authorization", "Accept", "Content-Type", "Content-Length", "Transfer-Encoding")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    seen.put(header, value);
                }
            }
            answer(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, "{\"promiseId\":\"p-1\"}");
        });
        server.createContext("/missing", exchange -> answer(exchange, 404, "{\"type\":\"not-found\"}"));
        server.createContext("/empty", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/silent", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        never.countDown();
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void a_post_carries_the_token_the_json_and_its_length_and_answers_status_and_body() {
        HearthApi api = new HearthApi(base, 0);

        HearthApi.Response response = api.post("/echo?x=1", "t0ken", "{\"description\":\"water the plants ☘\"}").join();

        assertThat(response).isEqualTo(new HearthApi.Response(201, "{\"promiseId\":\"p-1\"}"));
        assertThat(HearthApi.outcome(response, null)).isEqualTo("201");
        assertThat(seen).containsEntry("method", "POST").containsEntry("path", "/echo?x=1")
                .containsEntry("body", "{\"description\":\"water the plants ☘\"}")
                .containsEntry("Authorization", "Bearer t0ken").containsEntry("Accept", "application/json")
                .containsEntry("Content-Type", "application/json")
                .containsEntry("Content-Length", Integer.toString("{\"description\":\"water the plants ☘\"}"
                        .getBytes(StandardCharsets.UTF_8).length))
                .doesNotContainKey("Transfer-Encoding");
    }

    @Test
    void a_get_carries_the_token_and_an_error_status_is_an_answer_not_a_failure() {
        HearthApi api = new HearthApi(base, 0);

        assertThat(api.get("/echo", "t0ken").join().statusCode()).isEqualTo(200);
        assertThat(seen).containsEntry("method", "GET").containsEntry("Authorization", "Bearer t0ken");
        HearthApi.Response missing = api.get("/missing", "t0ken").join();
        assertThat(missing).isEqualTo(new HearthApi.Response(404, "{\"type\":\"not-found\"}"));
        assertThat(HearthApi.outcome(missing, null)).isEqualTo("404");
        assertThat(api.get("/empty", "t0ken").join()).isEqualTo(new HearthApi.Response(204, ""));
    }

    @Test
    void many_requests_at_once_all_get_their_own_answer() {
        HearthApi api = new HearthApi(base, 0);

        List<HearthApi.Response> answers = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> api.get(i % 2 == 0 ? "/echo" : "/missing", "t")).toList()
                .stream().map(java.util.concurrent.CompletableFuture::join).toList();

        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).statusCode()).isEqualTo(i % 2 == 0 ? 200 : 404);
        }
    }

    @Test
    void no_answer_within_the_request_timeout_is_a_timeout() {
        HearthApi api = new HearthApi(base, 0, Duration.ofMillis(300));

        var call = api.get("/silent", "t");

        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(io.netty.handler.timeout.ReadTimeoutException.class);
        assertThat(call.handle(HearthApi::outcome).join()).isEqualTo("timeout");
    }

    @Test
    void a_refused_connection_is_named_by_its_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HearthApi api = new HearthApi(URI.create("http://127.0.0.1:" + closedPort), 0);

        String outcome = api.get("/echo", "t").handle(HearthApi::outcome).join();

        assertThat(outcome).isNotEqualTo("timeout").containsIgnoringCase("connect");
    }

    @Test
    void fetch_reads_a_200_and_refuses_anything_else() {
        HearthApi api = new HearthApi(base, 0);

        assertThat(api.fetch(base.resolve("/echo"), Duration.ofSeconds(5))).isEqualTo("{\"promiseId\":\"p-1\"}");
        assertThatThrownBy(() -> api.fetch(base.resolve("/missing"), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("404");
    }
}
