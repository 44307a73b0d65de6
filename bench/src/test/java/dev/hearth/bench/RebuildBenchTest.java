package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
