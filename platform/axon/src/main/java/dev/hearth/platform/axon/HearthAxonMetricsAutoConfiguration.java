package dev.hearth.platform.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Ordering only, another piece of the Boot 4 bridge. Axon's {@code MicrometerMetricsAutoConfiguration}
 * declares its own {@code SimpleMeterRegistry} unless a {@code MeterRegistry} bean exists, and orders
 * itself after Boot 3's metrics auto-configurations, which Boot 4 moved: evaluated first, it would
 * add a registry nobody scrapes next to Boot's Prometheus one. Placed after Boot 4's registries and
 * before Axon's, this makes Axon find Boot's registry and record into it. Without Boot's metrics on
 * the classpath nothing changes: Axon keeps its own registry.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"},
        beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
public class HearthAxonMetricsAutoConfiguration {
}
