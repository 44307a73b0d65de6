package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.process.HostJvm;
import dev.hearth.platform.local.ProcessControl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {

    @TempDir
    Path root;

    private final List<String> progress = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void a_component_is_stopped_by_its_pid_and_its_pid_file_removed() throws Exception {
        PlatformHome home = new PlatformHome(root);
        Process journal = start(HostJvm.command(Component.JOURNAL.processName(), root, List.of("-Xmx32m"),
                System.getProperty("java.class.path"), Sleeper.class, List.of()));
        home.pidFile(Component.JOURNAL).write(journal.pid());

        shutdown(home).run(false);

        assertThat(ProcessControl.awaitExit(journal.toHandle(), Duration.ofSeconds(10))).isTrue();
        assertThat(home.pidFile(Component.JOURNAL).path()).doesNotExist();
        assertThat(progress).anyMatch(line -> line.startsWith("journal-service") && line.contains("stopped"));
    }

    @Test
    void a_pid_that_now_belongs_to_another_program_is_never_signalled() throws Exception {
        PlatformHome home = new PlatformHome(root);
        Process unrelated = start(List.of("sleep", "300"));
        home.pidFile(Component.MONGO).write(unrelated.pid());

        shutdown(home).run(false);

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(home.pidFile(Component.MONGO).path()).doesNotExist();
        assertThat(progress).isEmpty();
    }

    private Process start(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        children.add(process);
        return process;
    }

    private Shutdown shutdown(PlatformHome home) {
        Progress lines = new Progress(progress::add);
        return new Shutdown(home, new ChildProcesses(home, true, lines), lines);
    }

    /** Sleeps until stopped. */
    public static final class Sleeper {

        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
