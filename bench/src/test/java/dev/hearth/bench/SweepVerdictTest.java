package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.bench.Verdict.Check;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepVerdictTest {

    private static final Goals GOALS = Goals.ISSUE_8;

    @ParameterizedTest(name = "{0}: sustainable, all goals {7}")
    @CsvSource({
            "a step exactly at the limits is sustainable, 50.0, 0.00099, 0.99, 250.0, 1.0, true, PASS",
            "keep-to-insight and view lag do not decide sustainability but do decide all goals, 20, 0, 1, 900, 3, true, FAIL"})
    void a_steps_sustainability_and_all_goals(String step, double p99, double errors, double completed,
            double keepToInsight, double views, boolean sustainable, Check allGoals) {
        Verdict verdict = Verdict.of(GOALS, p99, errors, completed, keepToInsight, views);

        assertThat(verdict.sustainable()).isEqualTo(sustainable);
        assertThat(verdict.allGoals()).isEqualTo(allGoals);
    }

    @Test
    void each_criterion_fails_on_its_own() {
        assertThat(Verdict.of(GOALS, 50.1, 0, 1, 10, 0).p99()).isEqualTo(Check.FAIL);
        assertThat(Verdict.of(GOALS, 10, 0.001, 1, 10, 0).errors()).isEqualTo(Check.FAIL);
        assertThat(Verdict.of(GOALS, 10, 0, 0.989, 10, 0).completed()).isEqualTo(Check.FAIL);
        assertThat(Verdict.of(GOALS, 10, 0, 1, 251, 0).keepToInsight()).isEqualTo(Check.FAIL);
        assertThat(Verdict.of(GOALS, 10, 0, 1, 10, 1.01).views()).isEqualTo(Check.FAIL);
        assertThat(Verdict.of(GOALS, 50.1, 0, 1, 10, 0).sustainable()).isFalse();
    }

    @Test
    void a_figure_the_platform_does_not_expose_leaves_all_goals_unknown_unless_another_failed() {
        assertThat(Verdict.of(GOALS, 20, 0, 1, 100, Double.NaN).views()).isEqualTo(Check.UNKNOWN);
        assertThat(Verdict.of(GOALS, 20, 0, 1, 100, Double.NaN).allGoals()).isEqualTo(Check.UNKNOWN);
        assertThat(Verdict.of(GOALS, 80, 0, 1, 100, Double.NaN).allGoals()).isEqualTo(Check.FAIL);
    }

    @Test
    void a_timed_out_lag_poll_counts_as_infinitely_late_so_timeouts_cannot_hide_in_the_p99() {
        List<Double> lags = java.util.stream.IntStream.range(0, 98).mapToObj(i -> 50.0).toList();

        assertThat(RunRecorder.p99CountingTimeouts(lags, 0)).isEqualTo(50.0);
        assertThat(RunRecorder.p99CountingTimeouts(lags, 2)).isInfinite();
        assertThat(RunRecorder.p99CountingTimeouts(List.of(), 0)).isNaN();
    }

    @Test
    void the_completed_share_is_the_completed_rate_over_the_offered_rate_and_a_backlog_lowers_it() {
        // 30 s offered at 100 commands/s; all 3,000 completed, but the last answer came 33 s after the start.
        RunResult late = new RunResult(1, 0, 30, 33, 0, 0, 3_000, 3_000, 3_000, Fixtures.FAST, Fixtures.FAST, Fixtures.FAST,
                Map.of(), Percentiles.EMPTY, 0, Double.NaN, Percentiles.EMPTY);

        assertThat(late.offeredPerSecond()).isEqualTo(100.0);
        assertThat(late.completedPerSecond()).isCloseTo(90.909, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(late.completedShare()).isLessThan(0.99);
    }

    @Test
    void errors_and_429s_are_counted_apart_and_both_fail_a_command() {
        RunResult result = Fixtures.result(2_000, 2_000, 1_990, Fixtures.FAST, Map.of("429", 4L, "504", 3L, "timeout", 3L));

        assertThat(result.errorCount()).isEqualTo(6);
        assertThat(result.rateLimited()).isEqualTo(4);
        assertThat(result.failedShare()).isEqualTo(10 / 2_000.0);
    }

    @Test
    void the_sustainable_rate_is_the_highest_sustainable_step() {
        SweepOutcome sweep = SweepOutcome.of(GOALS, List.of(
                Fixtures.step(1, 100, 20, 0, 1.0, false),
                Fixtures.step(2, 200, 35, 0, 1.0, false),
                Fixtures.step(3, 300, 400, 0, 0.97, false)));

        assertThat(sweep.sustainableCommandsPerSecond()).isEqualTo(200.0);
        assertThat(sweep.sustainableStep()).isEqualTo("step 2");
        assertThat(sweep.notes()).isEmpty();
    }

    @Test
    void a_failed_step_below_the_sustainable_rate_and_a_busy_machine_are_noted() {
        SweepOutcome sweep = SweepOutcome.of(GOALS, List.of(
                Fixtures.step(1, 100, 90, 0, 1.0, true),
                Fixtures.step(2, 200, 35, 0, 1.0, false)));

        assertThat(sweep.sustainableCommandsPerSecond()).isEqualTo(200.0);
        assertThat(sweep.notes()).hasSize(2);
        assertThat(sweep.notes().get(0)).contains("step 1", "not sustainable");
        assertThat(sweep.notes().get(1)).contains("other programs took 0.50 cores", "BUSY MACHINE");
    }

    @Test
    void no_sustainable_step_gives_no_rate() {
        SweepOutcome sweep = SweepOutcome.of(GOALS, List.of(Fixtures.step(1, 100, 20, 50, 1.0, false)));

        assertThat(sweep.sustainableCommandsPerSecond()).isNaN();
        assertThat(sweep.sustainableStep()).isNull();
    }

    @Test
    void the_sweep_stops_after_the_given_number_of_unsustainable_steps_in_a_row() {
        Measured good = Fixtures.step(1, 100, 20, 0, 1.0, false);
        Measured bad = Fixtures.step(2, 200, 400, 0, 1.0, false);

        assertThat(SweepOutcome.shouldStop(List.of(good, bad), 2)).isFalse();
        assertThat(SweepOutcome.shouldStop(List.of(good, bad, bad), 2)).isTrue();
        assertThat(SweepOutcome.shouldStop(List.of(bad, good), 1)).isFalse();
    }
}
