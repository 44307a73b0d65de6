package dev.hearth.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path repo;

    @Test
    void the_benchmark_is_pointed_at_the_platform_of_the_home_and_the_users_options_come_last() {
        Ports ports = Ports.defaults().with(Component.GATEWAY, 18080);

        List<String> arguments = BenchCommand.arguments(repo.resolve(".hearth"), ports, List.of("--runs", "1"));

        assertThat(arguments).containsExactly("--home", repo.resolve(".hearth").toString(),
                "--gateway", "http://localhost:18080", "--insights", "http://localhost:8083",
                "--postgres-port", "5432", "--runs", "1");
    }

    @Test
    void the_newest_benchmark_jar_is_run() throws Exception {
        Path target = Files.createDirectories(repo.resolve("bench/target"));
        Path older = Files.writeString(target.resolve("bench-0.1.0-cli.jar"), "old");
        Path newer = Files.writeString(target.resolve("bench-0.2.0-cli.jar"), "new");
        Files.writeString(target.resolve("bench-0.3.0.jar"), "not the runnable one");
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000));

        assertThat(BenchCommand.newestJar(repo)).contains(newer);
    }

    @Test
    void no_jar_before_the_first_build() {
        assertThat(BenchCommand.newestJar(repo)).isEmpty();
    }
}
