package dev.hearth.platform.health;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Puts the health components that talk to a database ({@code hearth.health.time-bound}: {@code db}
 * and {@code mongo} by default) behind {@link TimeBoundHealth}, so that readiness answers within
 * {@code hearth.health.timeout} (1.5 s by default) even while a database does not — DOWN, as it
 * should be. Components are named as Boot names them: the bean name without its
 * {@code HealthIndicator} or {@code HealthContributor} suffix.
 */
@AutoConfiguration
@ConditionalOnClass(HealthIndicator.class)
public class TimeBoundHealthAutoConfiguration {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1500);
    static final List<String> DEFAULT_COMPONENTS = List.of("db", "mongo");

    @Bean
    static BeanPostProcessor timeBoundHealth(Environment environment) {
        Binder binder = Binder.get(environment);
        Duration timeout = binder.bind("hearth.health.timeout", Duration.class).orElse(DEFAULT_TIMEOUT);
        List<String> components = binder.bind("hearth.health.time-bound", Bindable.listOf(String.class))
                .orElse(DEFAULT_COMPONENTS);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HealthIndicator indicator && !(bean instanceof TimeBoundHealth)) {
                    String component = componentName(beanName);
                    if (components.contains(component)) {
                        return new TimeBoundHealth(component, indicator, timeout);
                    }
                }
                return bean;
            }
        };
    }

    /** {@code dbHealthContributor} → {@code db}, {@code mongoHealthIndicator} → {@code mongo}. */
    static String componentName(String beanName) {
        for (String suffix : List.of("healthindicator", "healthcontributor")) {
            if (beanName.toLowerCase(Locale.ROOT).endsWith(suffix) && beanName.length() > suffix.length()) {
                return beanName.substring(0, beanName.length() - suffix.length());
            }
        }
        return beanName;
    }
}
