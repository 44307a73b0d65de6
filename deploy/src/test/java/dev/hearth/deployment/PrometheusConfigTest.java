package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** deploy/prometheus/prometheus.yml scrapes every service where it serves its metrics. */
class PrometheusConfigTest {

    @Test
    void prometheus_scrapes_each_service_at_its_port_on_actuator_prometheus() {
        List<Map<String, Object>> jobs = jobs();

        for (String service : Repository.SERVICES) {
            String target = service + ":" + metricsPort(service);

            assertThat(jobs).as(service).anySatisfy(job -> {
                assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
                assertThat(job.get("static_configs")).asString().contains(target);
            });
        }
        assertThat(jobs).hasSize(Repository.SERVICES.size());
    }

    @Test
    void the_gateway_is_scraped_on_its_management_port_not_on_its_public_one() {
        ApplicationConfig gateway = ApplicationConfig.of("gateway");

        assertThat(metricsPort("gateway")).isNotEqualTo(gateway.port());
        assertThat(gateway.property("management.endpoints.web.exposure.include")).hasValue("health");
        assertThat(gateway.defaultOf(gateway.onlyPlaceholderOf("hearth.gateway.management.address"))).isEqualTo("127.0.0.1");
    }

    /** Where a service serves /actuator/prometheus: its own port, or the gateway's management port. */
    private static int metricsPort(String service) {
        ApplicationConfig config = ApplicationConfig.of(service);
        if (!service.equals("gateway")) {
            return config.port();
        }
        return Integer.parseInt(config.defaultOf(config.onlyPlaceholderOf("hearth.gateway.management.port")));
    }

    @Test
    void compose_mounts_this_configuration_into_prometheus() {
        assertThat(ComposeFile.load().service("prometheus").volumes())
                .contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jobs() {
        return (List<Map<String, Object>>) Repository.yaml("deploy/prometheus/prometheus.yml").get("scrape_configs");
    }
}
