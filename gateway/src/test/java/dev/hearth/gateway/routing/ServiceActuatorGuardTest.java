package dev.hearth.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.server.PathContainer;

class ServiceActuatorGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/couples/c1/actuator", "/api/couples/c1/actuator/env", "/api/x/ACTUATOR/health",
            "/api/couples/c1/%61ctuator/env", "/api/couples/c1/actuator;a=b/env"})
    void a_path_with_an_actuator_segment_below_the_root_names_a_services_actuator(String path) {
        assertThat(ServiceActuatorGuard.namesAServiceActuator(PathContainer.parsePath(path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/prometheus", "/api/couples/c1/actuators",
            "/api/couples/actuator-fans/entries", "/"})
    void the_gateways_own_actuator_and_look_alike_segments_are_left_alone(String path) {
        assertThat(ServiceActuatorGuard.namesAServiceActuator(PathContainer.parsePath(path))).isFalse();
    }
}
