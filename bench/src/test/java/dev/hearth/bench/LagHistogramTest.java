package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LagHistogramTest {

    private static final String METRIC = "hearth_insights_apply_lag_seconds";

    private static String scrape(double upTo10ms, double upTo100ms, double upTo1s, double total) {
        return """
                # HELP hearth_insights_apply_lag_seconds Time from an event happening to its effect
                # TYPE hearth_insights_apply_lag_seconds histogram
                hearth_insights_apply_lag_seconds_bucket{application="insights",le="0.01"} %s
                hearth_insights_apply_lag_seconds_bucket{application="insights",le="0.1"} %s
                hearth_insights_apply_lag_seconds_bucket{application="insights",le="1.0"} %s
                hearth_insights_apply_lag_seconds_bucket{application="insights",le="+Inf"} %s
                hearth_insights_apply_lag_seconds_count{application="insights"} %s
                hearth_insights_apply_lag_seconds_sum{application="insights"} 12.5
                other_metric_bucket{le="0.01"} 99.0
                """.formatted(upTo10ms, upTo100ms, upTo1s, total, total);
    }

    @Test
    void the_buckets_of_a_run_are_the_difference_of_the_scrapes_before_and_after_it() {
        LagHistogram before = LagHistogram.parse(scrape(5, 5, 5, 5), METRIC);
        LagHistogram after = LagHistogram.parse(scrape(5, 105, 105, 105), METRIC);

        LagHistogram run = after.minus(before);

        assertThat(run.count()).isEqualTo(100);
        assertThat(run.cumulative()).containsEntry(0.01, 0.0).containsEntry(0.1, 100.0);
    }

    @Test
    void a_quantile_is_interpolated_linearly_inside_its_bucket() {
        LagHistogram run = LagHistogram.parse(scrape(0, 100, 100, 100), METRIC);

        assertThat(run.quantile(0.50)).isCloseTo(0.055, within(1e-9));
        assertThat(run.quantile(0.99)).isCloseTo(0.0991, within(1e-9));
    }

    @Test
    void a_quantile_above_the_highest_finite_bucket_is_that_bucket_bound() {
        LagHistogram run = LagHistogram.parse(scrape(0, 0, 90, 100), METRIC);

        assertThat(run.quantile(0.95)).isEqualTo(1.0);
    }

    @Test
    void label_sets_are_summed_and_other_metrics_ignored() {
        String two = """
                hearth_insights_apply_lag_seconds_bucket{le="0.5",partition="a"} 3
                hearth_insights_apply_lag_seconds_bucket{le="0.5",partition="b"} 4
                hearth_insights_apply_lag_seconds_bucket{le="+Inf",partition="a"} 3
                hearth_insights_apply_lag_seconds_bucket{le="+Inf",partition="b"} 4
                """;

        assertThat(LagHistogram.parse(two, METRIC).count()).isEqualTo(7);
    }

    @Test
    void no_observations_give_no_quantile() {
        assertThat(LagHistogram.parse("", METRIC).quantile(0.5)).isNaN();
    }
}
