package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.bench.cpu.ProcFsFake;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformProcessesTest {

    private static final Path HOME = Path.of("/tmp/bench-home");

    @Test
    void each_component_is_found_by_its_pid_file_and_postgres_also_by_its_postmaster() {
        ProcFsFake proc = new ProcFsFake()
                .file("/tmp/bench-home/run/gateway.pid", "101\n")
                .file("/proc/101/cmdline", "java\0-Dhearth.component=gateway\0-Dhearth.home=/tmp/bench-home\0-jar\0gateway.jar\0")
                .file("/tmp/bench-home/run/postgres.pid", "102\n")
                .file("/proc/102/cmdline", "java\0-Dhearth.home=/tmp/bench-home\0dev.hearth.platform.local.PostgresMain\0")
                .file("/tmp/bench-home/postgres/data/postmaster.pid", "103\n/tmp/bench-home/postgres/data\n1764990000\n5432\n")
                .file("/proc/103/cmdline", "/tmp/x/bin/postgres\0-D\0/tmp/bench-home/postgres/data\0-p\05432\0");

        var roots = new PlatformProcesses(HOME, proc).roots();

        assertThat(roots.keySet()).containsExactlyElementsOf(PlatformProcesses.COMPONENTS);
        assertThat(roots.get("gateway")).containsExactly(101L);
        assertThat(roots.get("postgres")).containsExactlyInAnyOrder(102L, 103L);
        assertThat(roots.get("mongo")).isEmpty();
    }

    @Test
    void a_stale_pid_file_whose_pid_now_belongs_to_another_program_is_not_counted() {
        ProcFsFake proc = new ProcFsFake()
                .file("/tmp/bench-home/run/kafka.pid", "201\n")
                .file("/proc/201/cmdline", "vim\0notes.txt\0")
                .file("/tmp/bench-home/run/mongo.pid", "202\n");

        var roots = new PlatformProcesses(HOME, proc).roots();

        assertThat(roots.get("kafka")).isEqualTo(Set.of());
        assertThat(roots.get("mongo")).isEqualTo(Set.of());
    }
}
