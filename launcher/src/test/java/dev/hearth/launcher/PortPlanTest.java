package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortPlanTest {

    @TempDir
    Path root;

    private final List<String> progress = new ArrayList<>();

    @Test
    void without_an_earlier_run_the_fixed_ports_are_used() {
        Ports fixed = Ports.free();

        assertThat(plan(fixed).resolve()).isEqualTo(fixed);
    }

    @Test
    void free_port_mode_finds_the_ports_of_the_last_run_again_while_they_are_free() {
        PlatformHome home = new PlatformHome(root);
        Ports last = Ports.free();
        home.writePorts(last);

        assertThat(plan(null).resolve()).isEqualTo(last);
    }

    @Test
    void free_port_mode_moves_a_component_whose_last_port_another_program_took() throws Exception {
        PlatformHome home = new PlatformHome(root);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Ports last = Ports.free().with(Component.GATEWAY, taken.getLocalPort());
            home.writePorts(last);

            Ports chosen = plan(null).resolve();

            assertThat(chosen.gateway()).isNotEqualTo(taken.getLocalPort());
            assertThat(chosen.journal()).isEqualTo(last.journal());
        }
    }

    @Test
    void every_taken_port_is_named_with_its_variable_before_anything_starts() throws Exception {
        try (ServerSocket controller = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket gateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Ports ports = Ports.free().withKafkaController(controller.getLocalPort())
                    .with(Component.GATEWAY, gateway.getLocalPort());

            assertThatThrownBy(() -> plan(ports).requireFree(ports))
                    .isInstanceOfSatisfying(PlatformStartException.class, e -> assertThat(e.failures())
                            .extracting(PlatformStartException.Failure::component)
                            .containsExactly(Component.KAFKA, Component.GATEWAY))
                    .hasMessageContaining("port " + controller.getLocalPort() + " is taken")
                    .hasMessageContaining(Ports.KAFKA_CONTROLLER_VARIABLE)
                    .hasMessageContaining(Ports.GATEWAY_VARIABLE);
        }
    }

    @Test
    void the_ports_of_services_that_are_not_started_may_be_taken() throws Exception {
        try (ServerSocket gateway = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Ports ports = Ports.free().with(Component.GATEWAY, gateway.getLocalPort());

            new PortPlan(new PlatformHome(root), ports, List.of(), new Progress(progress::add)).requireFree(ports);
        }
    }

    private PortPlan plan(Ports fixed) {
        return new PortPlan(new PlatformHome(root), fixed, Component.services(), new Progress(progress::add));
    }
}
