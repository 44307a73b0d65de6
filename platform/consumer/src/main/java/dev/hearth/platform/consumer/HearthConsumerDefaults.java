package dev.hearth.platform.consumer;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Consumer defaults shipped with the module as the lowest-precedence property source
 * ({@value #NAME}), so a service's own configuration still wins. On shutdown a listener container
 * stops after the record in hand ({@code immediate-stop}) instead of working through the rest of the
 * poll (up to 500 records) while the shutdown phase's clock runs; the rest is read again at the next
 * start from the committed offsets.
 */
public class HearthConsumerDefaults implements EnvironmentPostProcessor {

    public static final String NAME = "hearth-consumer-defaults";

    static final Map<String, Object> DEFAULTS = Map.of("spring.kafka.listener.immediate-stop", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
        }
    }
}
