package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.bench.stages.PipelineRatio;
import dev.hearth.bench.stages.StageResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final List<StageResult> STAGES = List.of(
            new StageResult("PostgreSQL append, 1 insert/tx", "insert", true, 4, 6_000, 5, 1_200, 3, 9, "fsync=on", null),
            new StageResult("PostgreSQL append, 100 inserts/tx", "insert", false, 4, 100_000, 5, 20_000, 20, 40, "", null),
            new StageResult("Kafka produce→consume", "record", true, 1, 200_000, 5, 40_000, 30, 90, "", null),
            new StageResult("Mongo upsert by _id, 1/round trip", "upsert", true, 4, 4_000, 5, 800, 4, 12, "", null));

    @Test
    void the_pipeline_is_compared_with_its_slowest_stage_of_those_a_command_goes_through() {
        PipelineRatio ratio = PipelineRatio.of(400, "sustainable", STAGES).orElseThrow();

        assertThat(ratio.slowestStage()).isEqualTo("Mongo upsert by _id, 1/round trip");
        assertThat(ratio.ratio()).isEqualTo(0.5);
    }

    @Test
    void failed_stages_and_a_missing_pipeline_rate_give_no_ratio() {
        StageResult failed = new StageResult("Kafka produce→consume", "record", true, 1, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, "", "TimeoutException: no broker");

        assertThat(PipelineRatio.of(400, "x", List.of(failed))).isEmpty();
        assertThat(PipelineRatio.of(Double.NaN, "x", STAGES)).isEmpty();
    }

    @Test
    void a_sweep_report_shows_the_goal_row_each_step_the_sustainable_rate_cpu_lags_stages_and_documents() {
        BenchOptions options = BenchOptions.parse(new String[] {"--sweep", "--sweep-rates", "100,200,300"}, Map.of());
        List<Measured> steps = List.of(Fixtures.step(1, 100, 20, 0, 1.0, false), Fixtures.step(2, 200, 35, 0, 1.0, true),
                Fixtures.step(3, 300, 400, 0, 0.97, false));
        SweepOutcome sweep = SweepOutcome.of(Goals.ISSUE_8, steps);
        BenchResult result = new BenchResult("2026-12-06T03:00Z", "2 CPUs", 2, 100, LoadCheck.of("0.5 0.4 0.3", 2, 1.5),
                options, Map.of("gateway", "-Xmx512m"), 4_000, null, STAGES, PipelineRatio.of(200, "sustainable", STAGES).orElseThrow(),
                List.of(), sweep, 40_000, List.of(new ViewDocuments.Largest("hearth_insights", "couple_facts", 20, 20, true, 4_096, "c-1")),
                List.of("step 2: other programs took 0.50 cores in the window — BUSY MACHINE (above 0.20)"));

        String report = Report.markdown(result);

        assertThat(report).contains("| *goal* |", "| step 1 | 100 |", "| step 3 | 300 |", "| **yes** |", "| 90 | 0.30 ok |", "**Sustainable rate: 200 commands/s**",
                "(busy)", "gateway, ms", "view lag, s: commitment/promise-list", "Kafka consumer lag, records: insights",
                "outbox publisher lag, events (hearth_publisher_lag_events) | n/a", "Pipeline ratio", "= **0.25**",
                "hearth_insights.couple_facts | 20 | 20 | 4096", "Warnings");
        assertThat(Json.write(result)).contains("\"sustainableCommandsPerSecond\": 200");
    }

    @Test
    void a_plain_report_keeps_the_table_across_runs_with_median_and_range() {
        BenchOptions options = BenchOptions.parse(new String[] {}, Map.of());
        List<Measured> runs = List.of(Fixtures.step(1, 40, 20, 0, 1.0, false), Fixtures.step(2, 40, 30, 2, 1.0, false));
        BenchResult result = new BenchResult("2026-12-06T03:00Z", "2 CPUs", 2, 100, LoadCheck.of("0.5 0.4 0.3", 2, 1.5),
                options, Map.of(), 4_000, null, List.of(), null, runs, null, 5_000, List.of(), List.of());

        String report = Report.markdown(result);

        assertThat(report).contains("| metric | step 1 | step 2 | median | min–max |", "| all requests, ms p99 | 20 | 30 | 25 | 20–30 |",
                "rate limited (429)", "CPU-ms per command (machine − bench)", "Errors by status: [step 2: {504=2}]",
                "Largest view documents", "n/a (the Mongo server could not be read)");
        assertThat(Report.line(runs.get(0))).startsWith("step 1: offered 40 commands/s");
    }
}
