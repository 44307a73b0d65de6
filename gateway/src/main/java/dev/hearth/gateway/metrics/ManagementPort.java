package dev.hearth.gateway.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * {@code GET /actuator/prometheus} on its own port, bound to the loopback by default
 * ({@code HEARTH_GATEWAY_MANAGEMENT_PORT}, {@code HEARTH_BIND_ADDRESS}): the public port serves health
 * only, so the gateway's metrics (routes, callers refused, the JVM) are not for its clients to read.
 * A plain Reactor Netty server rather than Boot's management server: that would take
 * {@code /actuator/health} off the public port too, where load balancers and {@code ./hearth} poll it.
 * Nothing else is served here; anything but that path is a 404.
 */
@Component
public class ManagementPort implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ManagementPort.class);
    static final String PATH = "/actuator/prometheus";
    private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final Settings settings;
    private final PrometheusMeterRegistry registry;
    private @Nullable DisposableServer server;

    public ManagementPort(Settings settings, PrometheusMeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    /**
     * @param port    the management port (0: any free one)
     * @param address where it listens: the loopback unless the deployment's network needs more
     */
    @ConfigurationProperties("hearth.gateway.management")
    public record Settings(@DefaultValue("8090") int port, @DefaultValue("127.0.0.1") String address) {
    }

    @Override
    public void start() {
        server = HttpServer.create()
                .bindAddress(() -> new InetSocketAddress(settings.address(), settings.port()))
                .route(routes -> routes.get(PATH, (request, response) -> response
                        .header("Content-Type", TEXT_FORMAT)
                        .sendString(Mono.fromCallable(registry::scrape), StandardCharsets.UTF_8)))
                .bindNow();
        log.info("Metrics on http://{}:{}{}", settings.address(), port(), PATH);
    }

    @Override
    public void stop() {
        DisposableServer running = server;
        if (running != null) {
            running.disposeNow();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The port it listens on (the chosen one when configured as 0). */
    public int port() {
        DisposableServer running = server;
        if (running == null) {
            throw new IllegalStateException("the management port is not open");
        }
        return running.port();
    }
}
