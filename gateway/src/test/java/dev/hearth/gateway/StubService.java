package dev.hearth.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for a service behind the gateway, on a free port: it answers every request with what
 * it received (path, Authorization, X-Correlation-Id, traceparent, Origin, body size) and echoes the
 * correlation id on its response like a real service. A path containing {@code /slow} answers only
 * after {@link #SLOW_MILLIS}. Only routing is under test here, so a stub is the right size.
 */
final class StubService implements AutoCloseable {

    static final long SLOW_MILLIS = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private StubService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    static StubService start(String name) {
        try {
            return new StubService(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start stub " + name, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether any request for {@code path} (without its query) reached this stub. */
    boolean received(String path) {
        return received.contains(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        received.add(path);
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        if (path.contains("/slow")) {
            sleep();
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("service", name);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", path);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("correlationId", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
        echo.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
        echo.put("origin", exchange.getRequestHeaders().getFirst("Origin"));
        echo.put("bodyBytes", bodyBytes);
        byte[] json = JSON.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
        String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (correlationId != null) {
            exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        exchange.getResponseBody().write(json);
        exchange.close();
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
