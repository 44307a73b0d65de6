package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    private static final String COMMITMENT = """
            # HELP hearth_view_lag_seconds How far a view is behind its source
            # TYPE hearth_view_lag_seconds gauge
            hearth_view_lag_seconds{application="commitment-service",view="promise-list"} 0.42
            hearth_view_lag_seconds{application="commitment-service",view="membership"} 0.0
            hearth_view_lag_seconds_other{view="x"} 99
            # TYPE kafka_consumer_fetch_manager_records_lag_max gauge
            kafka_consumer_fetch_manager_records_lag_max{client_id="c-1",topic="hearth.couples.v1"} 3.0
            kafka_consumer_fetch_manager_records_lag_max{client_id="c-2"} NaN
            kafka_consumer_fetch_manager_records_lag_max{client_id="c-3",topic="hearth.couples.v1",partition="2"} 7.0
            hearth_publisher_lag_events{application="commitment-service"} 12.0
            hearth_view_dead_letters_total{view="promise-list"} 2.0
            hearth_view_dead_letters_total{view="membership"} 1.0
            """;

    @Test
    void each_view_gauge_is_keyed_by_service_and_view_and_the_largest_consumer_lag_is_kept() {
        ServiceMetrics metrics = ServiceMetrics.parse("commitment", COMMITMENT);

        assertThat(metrics.viewLagSeconds()).containsExactlyInAnyOrderEntriesOf(
                Map.of("commitment/promise-list", 0.42, "commitment/membership", 0.0));
        assertThat(metrics.consumerLagRecords()).containsExactlyEntriesOf(Map.of("commitment", 7.0));
        assertThat(metrics.publisherLagEvents()).containsExactlyEntriesOf(Map.of("commitment", 12.0));
        assertThat(metrics.deadLetters()).containsExactlyEntriesOf(Map.of("commitment", 3.0));
        assertThat(metrics.maxViewLagSeconds()).isEqualTo(0.42);
    }

    @Test
    void a_service_without_the_metrics_gives_nothing_and_the_largest_view_lag_is_not_a_number() {
        ServiceMetrics metrics = ServiceMetrics.parse("journal", "jvm_threads_live_threads 40.0\n");

        assertThat(metrics).isEqualTo(ServiceMetrics.NONE);
        assertThat(metrics.maxViewLagSeconds()).isNaN();
    }

    @Test
    void over_a_window_the_worst_value_of_each_gauge_is_kept_and_dead_letters_are_the_difference() {
        ServiceMetrics first = ServiceMetrics.parse("commitment", COMMITMENT);
        ServiceMetrics later = ServiceMetrics.parse("commitment", COMMITMENT.replace("} 0.42", "} 1.5").replace("} 0.0", "} 0.1")
                .replace("} 7.0", "} 1.0").replace("view=\"membership\"} 1.0", "view=\"membership\"} 4.0"));
        ServiceMetrics insights = ServiceMetrics.parse("insights", "hearth_view_lag_seconds{view=\"couple-facts\"} 0.2\n");

        ServiceMetrics worst = first.max(ServiceMetrics.combine(List.of(later, insights)));

        assertThat(worst.viewLagSeconds()).containsEntry("commitment/promise-list", 1.5)
                .containsEntry("commitment/membership", 0.1).containsEntry("insights/couple-facts", 0.2);
        assertThat(worst.consumerLagRecords()).containsEntry("commitment", 7.0);
        assertThat(ServiceMetrics.added(first, later)).containsExactlyEntriesOf(Map.of("commitment", 3.0));
    }

    @Test
    void labels_may_hold_escaped_quotes_and_a_metric_may_have_no_labels() {
        List<Prometheus.Sample> samples = Prometheus.samples("""
                hearth_view_lag_seconds{view="a \\"quoted\\" view"} 2.5 1700000000000
                hearth_view_lag_seconds 3.0
                """, "hearth_view_lag_seconds");

        assertThat(samples).containsExactly(new Prometheus.Sample(Map.of("view", "a \"quoted\" view"), 2.5),
                new Prometheus.Sample(Map.of(), 3.0));
    }
}
