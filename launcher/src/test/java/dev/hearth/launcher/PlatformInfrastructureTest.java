package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.contracts.Topic;
import dev.hearth.launcher.ComponentStatus.Health;
import dev.hearth.launcher.kafka.KafkaProbe;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.platform.local.ProcessControl;
import dev.hearth.platform.local.Tcp;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Platform} with its infrastructure only (no service jars are needed): start, re-run,
 * recovery of a killed component, stop. The whole platform is the system tests' business.
 */
class PlatformInfrastructureTest {

    @TempDir
    Path home;

    private final List<String> progress = new ArrayList<>();
    private Platform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.down();
        }
    }

    @Test
    void the_infrastructure_starts_once_recovers_a_killed_component_and_stops_without_leftovers() throws Exception {
        platform = infrastructureOnly();

        Endpoints endpoints = platform.up();

        Map<Component, ComponentStatus> started = byComponent(platform.status());
        assertThat(started.get(Component.KAFKA).health()).isEqualTo(Health.UP);
        assertThat(started.get(Component.POSTGRES).health()).isEqualTo(Health.UP);
        assertThat(started.get(Component.MONGO).health()).isEqualTo(Health.UP);
        assertThat(started.get(Component.JOURNAL).health()).isEqualTo(Health.STOPPED);
        assertThat(endpoints.ports().kafka()).isNotEqualTo(9092);
        assertThat(PostgresProbe.ready(endpoints.ports().postgres(), Platform.DATABASES)).isTrue();
        try (KafkaProbe kafka = new KafkaProbe(endpoints.kafkaBootstrapServers())) {
            assertThat(kafka.topics()).containsAll(Arrays.stream(Topic.values()).map(Topic::topicName).toList());
        }
        assertThat(endpoints.logFile(Component.POSTGRES)).exists();

        // A killed component is restarted on its port; what runs is left alone.
        long mongo = started.get(Component.MONGO).pid().orElseThrow();
        ProcessHandle killed = ProcessHandle.of(mongo).orElseThrow();
        killed.destroyForcibly();
        killed.onExit().get(30, TimeUnit.SECONDS);

        Endpoints again = platform.up();

        Map<Component, ComponentStatus> restarted = byComponent(platform.status());
        assertThat(again.ports()).isEqualTo(endpoints.ports());
        assertThat(restarted.get(Component.KAFKA).pid()).isEqualTo(started.get(Component.KAFKA).pid());
        assertThat(restarted.get(Component.POSTGRES).pid()).isEqualTo(started.get(Component.POSTGRES).pid());
        assertThat(restarted.get(Component.MONGO).pid().orElseThrow()).isNotEqualTo(mongo);
        assertThat(restarted.get(Component.MONGO).health()).isEqualTo(Health.UP);
        assertThat(restarted.get(Component.KAFKA).profile()).isEqualTo("start-up");
        assertThat(restarted.get(Component.POSTGRES).profile()).isEqualTo("-");

        // Another profile restarts the host JVMs it changes, and only those.
        platform = builder().freePorts().profile(JvmProfile.TUNED).build();
        platform.up();

        Map<Component, ComponentStatus> tuned = byComponent(platform.status());
        assertThat(tuned.get(Component.KAFKA).pid()).isNotEqualTo(restarted.get(Component.KAFKA).pid());
        assertThat(tuned.get(Component.MONGO).pid()).isNotEqualTo(restarted.get(Component.MONGO).pid());
        assertThat(tuned.get(Component.POSTGRES).pid()).isEqualTo(restarted.get(Component.POSTGRES).pid());
        assertThat(tuned.values()).filteredOn(line -> line.component().isService()).allMatch(line -> line.health() == Health.STOPPED);
        assertThat(tuned.get(Component.KAFKA).profile()).isEqualTo("tuned");
        assertThat(tuned.get(Component.MONGO).profile()).isEqualTo("tuned");
        assertThat(tuned.get(Component.KAFKA).health()).isEqualTo(Health.UP);
        assertThat(tuned.get(Component.MONGO).health()).isEqualTo(Health.UP);
        assertThat(ProcessControl.commandLine(tuned.get(Component.MONGO).pid().orElseThrow()))
                .hasValueSatisfying(command -> assertThat(command).contains("-XX:+UseParallelGC"));
        assertThat(progress).anyMatch(line -> line.contains("mongo: runs with the start-up profile: restarting it with the tuned profile"));
        List<Long> pids = tuned.values().stream().filter(line -> line.health() == Health.UP)
                .map(line -> line.pid().orElseThrow()).toList();

        platform.down();

        assertThat(platform.status()).allMatch(line -> line.health() == Health.STOPPED);
        assertThat(pids).hasSize(3).noneMatch(ProcessControl::isAlive);
        assertThat(Tcp.answers(endpoints.ports().kafka())).isFalse();
        assertThat(Tcp.answers(endpoints.ports().postgres())).isFalse();
        assertThat(Tcp.answers(endpoints.ports().mongo())).isFalse();
        assertThat(home.resolve("run/kafka.pid")).doesNotExist();
        assertThat(home.resolve("run/kafka.jvm")).doesNotExist();
    }

    @Test
    void a_port_taken_by_another_program_is_reported_with_its_variable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Ports ports = Ports.free().with(Component.MONGO, taken.getLocalPort());
            platform = builder().ports(ports).build();

            assertThatThrownBy(platform::up)
                    .isInstanceOf(PlatformStartException.class)
                    .hasMessageContaining("mongo: port " + taken.getLocalPort() + " is taken")
                    .hasMessageContaining("HEARTH_MONGO_PORT");
        }
    }

    private Platform infrastructureOnly() {
        return builder().freePorts().build();
    }

    private PlatformBuilder builder() {
        return Platform.builder()
                .home(home)
                .repoRoot(home)
                .services(List.of())
                .consumerGroup(null)
                .progress(progress::add);
    }

    private static Map<Component, ComponentStatus> byComponent(List<ComponentStatus> lines) {
        return lines.stream().collect(Collectors.toMap(ComponentStatus::component, Function.identity()));
    }
}
