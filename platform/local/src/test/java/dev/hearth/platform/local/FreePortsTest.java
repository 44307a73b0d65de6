package dev.hearth.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void ports_asked_for_together_are_all_different() {
        int[] ports = FreePorts.distinct(200);

        assertThat(ports).hasSize(200).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ports)).allMatch(port -> port > 0 && port <= 65535);
    }

    @Test
    void the_ports_are_released_for_the_components_to_bind() throws IOException {
        for (int port : FreePorts.distinct(9)) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
