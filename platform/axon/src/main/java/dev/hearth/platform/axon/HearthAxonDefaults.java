package dev.hearth.platform.axon;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Axon and JDBC defaults every Hearth service needs, shipped with the module as the
 * lowest-precedence property source ({@value #NAME}), so a service's own configuration still wins:
 * no Axon Server (events live in PostgreSQL), Jackson for every serializer (Axon's default is
 * XStream, and changing it later breaks every stored event), dimensional Micrometer metrics (one
 * {@code commandBus_*} series tagged by {@code payloadType}, one per processor tagged by
 * {@code processorName}, instead of a meter name per component), short database timeouts, and no
 * per-message timeouts of Axon's own.
 *
 * <p>Timeouts: a request waits at most 2 s for a pooled connection (Hikari's default is 30 s), a
 * new connection has 3 s to open and log in, and no read from the server waits longer than 10 s —
 * far above any statement of the command path, so only a server that stopped answering hits it. A
 * database that does not answer is then a 503 in seconds ({@code DatabaseOutages}), not a hang.
 * The driver's timeouts yield to the same parameters in the JDBC URL ({@code ?socketTimeout=60}),
 * which a release whose migration runs longer than 10 s needs.
 *
 * <p>Axon's handler and unit-of-work timeouts (on by default since 4.11) are off: each one walks the
 * whole stack of its thread when it starts ({@code Thread.getStackTrace()}, 20-40 µs at the depth of a
 * servlet request) and schedules a task on one shared timer, and a command starts five or more of them
 * (its unit of work, its handler, each event its aggregate applies, each view handler and processor
 * batch that takes the event). What they guard against is covered where the time is actually spent:
 * a command waits at most {@code hearth.commands.timeout} ({@code Commands}), every JDBC read at most
 * the socket timeout below, every Mongo call and Kafka send its client's timeouts; interrupting a
 * thread inside the JDBC driver, which is what Axon's timeout does, would only cost the connection.
 */
public class HearthAxonDefaults implements EnvironmentPostProcessor {

    public static final String NAME = "hearth-axon-defaults";

    private static final String DRIVER = "spring.datasource.hikari.data-source-properties.";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("axon.axonserver.enabled", "false"),
            Map.entry("axon.serializer.general", "jackson"),
            Map.entry("axon.serializer.events", "jackson"),
            Map.entry("axon.serializer.messages", "jackson"),
            Map.entry("axon.metrics.micrometer.dimensional", "true"),
            Map.entry("axon.timeout.enabled", "false"),
            // Platform migrations (below V100) and a service's own (V100 on) are two independent series.
            Map.entry("spring.flyway.out-of-order", "true"),
            // Milliseconds, as Hikari counts them; validation must fit inside the wait.
            Map.entry("spring.datasource.hikari.connection-timeout", "2000"),
            Map.entry("spring.datasource.hikari.validation-timeout", "1000"),
            // Seconds, as the PostgreSQL driver counts them.
            Map.entry(DRIVER + "connectTimeout", "3"),
            Map.entry(DRIVER + "loginTimeout", "3"),
            Map.entry(DRIVER + "socketTimeout", "10"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
        }
    }
}
