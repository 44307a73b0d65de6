package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.keys.LocalKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformHomeTest {

    @TempDir
    Path root;

    @Test
    void everything_lives_in_its_own_folder_under_the_home() {
        PlatformHome home = new PlatformHome(root);

        assertThat(home.logFile(Component.JOURNAL)).isEqualTo(root.resolve("logs/journal-service.log"));
        assertThat(home.pidFile(Component.GATEWAY).path()).isEqualTo(root.resolve("run/gateway.pid"));
        assertThat(home.mongoFile()).isEqualTo(root.resolve("mongo/hearth.mv"));
        assertThat(home.postgresData()).isEqualTo(root.resolve("postgres/data"));
        assertThat(home.kafkaDirectory()).isEqualTo(root.resolve("kafka"));
        assertThat(home.keysDirectory()).isEqualTo(root.resolve("keys"));
    }

    @Test
    void the_ports_of_the_last_up_are_read_back() {
        PlatformHome home = new PlatformHome(root);
        Ports ports = Ports.free();

        home.writePorts(ports);

        assertThat(home.readPorts()).contains(ports);
    }

    @Test
    void no_recorded_ports_before_the_first_up() {
        assertThat(new PlatformHome(root).readPorts()).isEmpty();
    }

    @Test
    void wiping_deletes_data_logs_and_run_records_but_keeps_the_keys() throws Exception {
        PlatformHome home = new PlatformHome(root);
        home.createDirectories();
        LocalKeys.ensure(home.keysDirectory());
        Files.writeString(home.logFile(Component.KAFKA), "log");
        Files.writeString(home.mongoFile(), "store");
        home.pidFile(Component.MONGO).write(42);
        Path unrelated = Files.writeString(root.resolve("notes.txt"), "mine");

        home.wipeData();

        assertThat(home.logsDirectory()).doesNotExist();
        assertThat(home.mongoFile()).doesNotExist();
        assertThat(home.runDirectory()).doesNotExist();
        assertThat(home.keysDirectory().resolve("private.pem")).exists();
        assertThat(home.keysDirectory().resolve("journal-master.key")).exists();
        assertThat(home.keysDirectory().resolve("commitment-master.key")).exists();
        assertThat(unrelated).exists();
    }
}
