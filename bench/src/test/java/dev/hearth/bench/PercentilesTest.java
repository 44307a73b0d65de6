package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void percentiles_of_one_to_a_hundred_are_the_values_at_those_ranks() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();

        Percentiles percentiles = Percentiles.of(values);

        assertThat(percentiles).extracting(Percentiles::count, Percentiles::p50, Percentiles::p95, Percentiles::p99,
                Percentiles::max).containsExactly(100, 50.0, 95.0, 99.0, 100.0);
    }

    @Test
    void a_percentile_is_always_a_measured_value_rounded_up_in_rank() {
        Percentiles percentiles = Percentiles.of(new double[] {10, 20, 30});

        assertThat(percentiles.p50()).isEqualTo(20);
        assertThat(percentiles.p95()).isEqualTo(30);
        assertThat(percentiles.p99()).isEqualTo(30);
    }

    @Test
    void one_slow_request_in_a_hundred_shows_at_p99_but_not_at_p95() {
        double[] values = IntStream.range(0, 100).mapToDouble(i -> i == 42 ? 5000 : 10).toArray();

        Percentiles percentiles = Percentiles.of(values);

        assertThat(percentiles.p95()).isEqualTo(10);
        assertThat(percentiles.p99()).isEqualTo(10);
        assertThat(Percentiles.of(IntStream.range(0, 100).mapToDouble(i -> i < 2 ? 5000 : 10).toArray()).p99()).isEqualTo(5000);
    }

    @Test
    void an_empty_sample_has_no_percentiles() {
        assertThat(Percentiles.of(List.of())).isEqualTo(Percentiles.EMPTY);
        assertThat(Percentiles.EMPTY.p50()).isNaN();
    }

    @Test
    void the_median_across_an_odd_number_of_runs_is_the_middle_run() {
        AcrossRuns across = AcrossRuns.of(List.of(30.0, 10.0, 20.0));

        assertThat(across).isEqualTo(new AcrossRuns(3, 20, 10, 30));
    }

    @Test
    void the_median_across_an_even_number_of_runs_is_the_mean_of_the_middle_two() {
        assertThat(AcrossRuns.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }

    @Test
    void runs_without_the_number_are_left_out_of_the_median() {
        AcrossRuns across = AcrossRuns.of(List.of(Double.NaN, 7.0, 9.0));

        assertThat(across).isEqualTo(new AcrossRuns(2, 8, 7, 9));
        assertThat(AcrossRuns.of(List.of(Double.NaN)).median()).isNaN();
    }
}
