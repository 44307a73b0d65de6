package dev.hearth.platform.axon;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Axon defaults every Hearth service needs, shipped with the module as the lowest-precedence
 * property source ({@value #NAME}), so a service's own configuration still wins: no Axon Server
 * (events live in PostgreSQL), Jackson for every serializer (Axon's default is XStream, and
 * changing it later breaks every stored event), and dimensional Micrometer metrics (one
 * {@code commandBus_*} series tagged by {@code payloadType}, one per processor tagged by
 * {@code processorName}, instead of a meter name per component).
 */
public class HearthAxonDefaults implements EnvironmentPostProcessor {

    public static final String NAME = "hearth-axon-defaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            "axon.axonserver.enabled", "false",
            "axon.serializer.general", "jackson",
            "axon.serializer.events", "jackson",
            "axon.serializer.messages", "jackson",
            "axon.metrics.micrometer.dimensional", "true",
            // Platform migrations (below V100) and a service's own (V100 on) are two independent series.
            "spring.flyway.out-of-order", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
        }
    }
}
