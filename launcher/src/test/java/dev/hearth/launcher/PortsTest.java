package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void the_defaults_are_the_ports_of_the_platform_spec() {
        Ports ports = Ports.defaults();

        assertThat(List.of(ports.gateway(), ports.journal(), ports.commitment(), ports.insights()))
                .containsExactly(8080, 8081, 8082, 8083);
        assertThat(List.of(ports.kafka(), ports.kafkaController(), ports.postgres(), ports.mongo()))
                .containsExactly(9092, 9093, 5432, 27017);
    }

    @Test
    void each_port_is_overridden_by_its_environment_variable() {
        Ports ports = Ports.fromEnvironment(Map.of("HEARTH_POSTGRES_PORT", "15432", "GATEWAY_PORT", " 18080 ",
                "HEARTH_MONGO_PORT", ""));

        assertThat(ports).extracting(Ports::postgres, Ports::gateway, Ports::mongo, Ports::kafka)
                .containsExactly(15432, 18080, 27017, 9092);
    }

    @Test
    void a_variable_that_is_not_a_port_is_refused_by_name() {
        assertThatThrownBy(() -> Ports.fromEnvironment(Map.of("HEARTH_KAFKA_PORT", "kafka")))
                .hasMessageContaining("HEARTH_KAFKA_PORT");
        assertThatThrownBy(() -> Ports.fromEnvironment(Map.of("JOURNAL_PORT", "70000")))
                .hasMessageContaining("70000");
    }

    @Test
    void free_ports_are_distinct() {
        assertThat(new HashSet<>(Ports.free().byVariable().values())).hasSize(9);
    }

    @Test
    void ports_survive_their_recorded_form() {
        Ports ports = Ports.free();

        assertThat(Ports.fromVariables(ports.byVariable())).isEqualTo(ports);
    }

    @Test
    void a_ports_file_of_an_earlier_version_without_the_gateways_metrics_port_still_reads() {
        Map<String, Integer> recorded = new java.util.LinkedHashMap<>(Ports.free().byVariable());
        recorded.remove(Ports.GATEWAY_MANAGEMENT_VARIABLE);

        assertThat(Ports.fromVariables(recorded).gatewayManagement()).isEqualTo(8090);
    }

    @Test
    void one_component_can_be_moved() {
        Ports moved = Ports.defaults().with(Component.MONGO, 37017).withKafkaController(19093);

        assertThat(moved.mongo()).isEqualTo(37017);
        assertThat(moved.kafkaController()).isEqualTo(19093);
        assertThat(moved.of(Component.GATEWAY)).isEqualTo(8080);
    }
}
