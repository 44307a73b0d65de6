package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.ComponentStatus.Health;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusReportTest {

    @TempDir
    Path root;

    @Test
    void a_pid_file_whose_process_is_gone_shows_the_component_stopped_with_a_stale_pid_file() throws Exception {
        PlatformHome home = new PlatformHome(root);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        home.pidFile(Component.INSIGHTS).write(finished.pid());

        ComponentStatus insights = new StatusReport(home).of(Ports.free()).stream()
                .filter(line -> line.component() == Component.INSIGHTS).findFirst().orElseThrow();

        assertThat(insights.health()).isEqualTo(Health.STOPPED);
        assertThat(insights.pid()).isEmpty();
        assertThat(insights.detail()).isEqualTo("stale pid file");
    }

    @Test
    void every_component_has_a_line_in_start_order() {
        assertThat(new StatusReport(new PlatformHome(root)).of(Ports.free()))
                .extracting(ComponentStatus::component)
                .containsExactly(Component.values());
    }
}
