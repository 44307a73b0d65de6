package dev.hearth.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayHealthTest extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_and_its_probes_are_up_without_a_token(String path) throws Exception {
        ApiResponse response = get(path, Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metrics_are_open_for_scraping() throws Exception {
        ApiResponse response = get("/actuator/prometheus", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }
}
