package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildBenchTest {

    @Test
    void a_processes_command_line_and_environment_are_read_from_their_nul_separated_proc_files() {
        assertThat(RebuildBench.nulSeparated("java\0-Xmx512m\0-jar\0insights.jar\0"))
                .containsExactly("java", "-Xmx512m", "-jar", "insights.jar");
        assertThat(RebuildBench.environment("A=1\0B=x=y\0\0"))
                .containsEntry("A", "1").containsEntry("B", "x=y").hasSize(2);
    }

    @Test
    void a_views_build_figures_are_read_from_its_labelled_gauge_and_not_a_number_until_it_caught_up() {
        String exposition = """
                hearth_view_build_seconds{application="insights-service",view="insights-trust"} 2.5
                hearth_view_build_seconds{application="insights-service",view="insights-couples"} NaN
                hearth_view_build_records{application="insights-service",view="insights-trust"} 50000.0
                """;

        assertThat(RebuildBench.value(exposition, "hearth_view_build_seconds", "insights-trust")).isEqualTo(2.5);
        assertThat(RebuildBench.value(exposition, "hearth_view_build_records", "insights-trust")).isEqualTo(50_000.0);
        assertThat(RebuildBench.value(exposition, "hearth_view_build_seconds", "insights-couples")).isNaN();
        assertThat(RebuildBench.value(exposition, "hearth_view_build_records", "insights-couples")).isNaN();
    }

    @Test
    void the_second_half_runs_from_the_first_scrape_at_half_the_records_to_the_first_after_caught_up() {
        long second = 1_000_000_000L;
        List<RebuildBench.Progress> progress = List.of(new RebuildBench.Progress(0, 0),
                new RebuildBench.Progress(2 * second, 40_000), new RebuildBench.Progress(3 * second, 60_000),
                new RebuildBench.Progress(4 * second, 90_000));

        // From 60,000 read at 3 s to 100,000 at 5 s: 20,000 records per second.
        assertThat(RebuildBench.secondHalfRate(progress, 100_000, 5 * second)).isEqualTo(20_000.0);
        assertThat(RebuildBench.secondHalfRate(progress.subList(0, 2), 100_000, 5 * second)).isNaN();
        assertThat(RebuildBench.secondHalfRate(progress, 100_000, 3 * second)).isNaN();
    }
}
