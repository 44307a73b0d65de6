package dev.hearth.bench;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * The machine's floor for the gateway's goal: a bare Reactor Netty HTTP server — the gateway's own
 * server and transport (epoll, one event loop per core), nothing of Spring — that answers every
 * request 401 with a small problem+json body, as the gateway refuses a request without a token.
 * {@code --gateway-cost} runs it in a child JVM of its own, so {@code /proc} tells its CPU from the
 * bench's, and sends it the same 401 step as the gateway.
 */
final class BareNetty {

    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}";
    private static final String READY = "bare-netty listening on ";

    private BareNetty() {
    }

    /** Binds a free port on the loopback; every request gets 401 problem+json. */
    static DisposableServer start() {
        int cores = Runtime.getRuntime().availableProcessors();
        return HttpServer.create().host("127.0.0.1").port(0)
                .runOn(LoopResources.create("bare-netty", cores, true))
                .handle((request, response) -> response.status(HttpResponseStatus.UNAUTHORIZED)
                        .header(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .sendString(Mono.just(PROBLEM)))
                .bindNow();
    }

    /** The child JVM: prints its port, then serves until it is stopped. */
    public static void main(String[] args) {
        DisposableServer server = start();
        System.out.println(READY + server.port());
        System.out.flush();
        server.onDispose().block();
    }

    /** The child JVM, its pid and where it answers; closing it stops it. */
    record Child(Process process, URI uri) implements AutoCloseable {

        long pid() {
            return process.pid();
        }

        @Override
        public void close() {
            ChildProcesses.stop(process, Duration.ofSeconds(10));
        }
    }

    /**
     * Starts the server in a child JVM of the bench's own Java and class path, with the tuned
     * profile's collector and full JIT, and waits for it to print its port (into a file, so that
     * nothing it prints later can block it on a full pipe).
     */
    static Child launch(Duration limit) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-XX:+UseParallelGC", "-Xms256m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), BareNetty.class.getName());
        Path output = Files.createTempFile("hearth-bench-bare-netty", ".log");
        output.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith(READY)) {
                    return new Child(process, URI.create("http://127.0.0.1:" + line.substring(READY.length()).strip()));
                }
            }
            Threads.sleep(Duration.ofMillis(50));
        }
        process.destroyForcibly();
        throw new IOException("the bare Reactor Netty server did not start within " + limit.toSeconds() + " s: "
                + Files.readString(output, StandardCharsets.UTF_8).strip());
    }
}
