package dev.hearth.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.local.FreePorts;
import dev.hearth.platform.local.ProcessControl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {

    private static final String MARKER = HostJvm.marker("test-component");

    @TempDir
    Path run;

    private Process child;

    @AfterEach
    void stopChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void no_pid_file_means_absent() {
        assertThat(RunState.of(pidFile(), MARKER, FreePorts.next())).isEqualTo(RunState.ABSENT);
    }

    @Test
    void a_pid_file_of_a_dead_process_is_stale() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        pidFile().write(finished.pid());

        assertThat(RunState.of(pidFile(), MARKER, FreePorts.next())).isEqualTo(RunState.STALE);
    }

    @Test
    void a_pid_recycled_by_another_program_is_stale() {
        // This test JVM is alive but does not carry the component's marker.
        pidFile().write(ProcessHandle.current().pid());

        assertThat(RunState.of(pidFile(), MARKER, FreePorts.next())).isEqualTo(RunState.STALE);
    }

    @Test
    void our_process_whose_port_is_silent_is_not_answering() throws Exception {
        child = markedSleeper();
        pidFile().write(child.pid());

        assertThat(RunState.of(pidFile(), MARKER, FreePorts.next())).isEqualTo(RunState.NOT_ANSWERING);
    }

    @Test
    void our_process_with_its_port_answering_is_running() throws Exception {
        child = markedSleeper();
        pidFile().write(child.pid());
        try (ServerSocket port = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(RunState.of(pidFile(), MARKER, port.getLocalPort())).isEqualTo(RunState.RUNNING);
        }
    }

    @Test
    void a_garbled_pid_file_counts_as_absent() throws IOException {
        java.nio.file.Files.writeString(pidFile().path(), "not a pid");

        assertThat(RunState.of(pidFile(), MARKER, FreePorts.next())).isEqualTo(RunState.ABSENT);
    }

    @Test
    void stopping_ends_a_process_with_sigterm() throws Exception {
        child = markedSleeper();

        ProcessControl.Stopped stopped = ProcessControl.stop(child.pid(), Duration.ofSeconds(10));

        assertThat(stopped).isEqualTo(ProcessControl.Stopped.TERMINATED);
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void a_process_deaf_to_sigterm_is_killed_after_the_grace() throws Exception {
        child = new ProcessBuilder("bash", "-c", "trap '' TERM; echo ready; while true; do sleep 1; done").start();
        child.getInputStream().read();

        ProcessControl.Stopped stopped = ProcessControl.stop(child.pid(), Duration.ofMillis(500));

        assertThat(stopped).isEqualTo(ProcessControl.Stopped.KILLED);
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void stopping_a_process_that_is_gone_does_nothing() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();

        assertThat(ProcessControl.stop(finished.pid(), Duration.ofSeconds(1))).isEqualTo(ProcessControl.Stopped.NOT_RUNNING);
    }

    private PidFile pidFile() {
        return new PidFile(run.resolve("test-component.pid"));
    }

    /** A JVM carrying the component marker, doing nothing until stopped. */
    private static Process markedSleeper() throws IOException {
        return new ProcessBuilder(HostJvm.command("test-component", Path.of("."), List.of("-Xmx32m"),
                System.getProperty("java.class.path"), Sleeper.class, List.of())).start();
    }

    /** Sleeps until stopped. */
    public static final class Sleeper {

        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
