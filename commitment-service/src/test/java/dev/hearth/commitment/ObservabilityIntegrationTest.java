package dev.hearth.commitment;

import dev.hearth.commitment.promise.view.PromiseListView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.test.ApiResponse;
import org.junit.jupiter.api.Test;

/** What an operator reads from a running write service: its metrics and its health components. */
abstract class ObservabilityIntegrationTest extends ServiceIntegrationTest {

    @Test
    void prometheus_shows_axon_kafka_http_and_outbox_metrics() {
        Couple couple = couple();
        make(couple, "Water the plants");

        await().atMost(WITHIN).until(() -> scrape().contains("hearth_publisher_published_total{topic=\"hearth.commitments.v1\""));
        assertThat(scrape())
                .contains("commandBus_successCounter_total{payloadType=\"MakePromise\"}")
                .contains("eventProcessor_latency{processorName=\"" + PromiseListView.PROCESSOR + "\"}")
                .contains("eventProcessor_latency{processorName=\"hearth-publisher\"}")
                .contains("kafka_producer_record_send_total{")
                .contains("kafka_consumer_fetch_manager_records_lag_max{")
                .contains("http_server_requests_seconds_count{")
                .contains("hearth_publisher_lag_events ")
                .contains("hearth_publisher_published_total{topic=\"hearth.commitments.v1\",type=\"dev.hearth.commitment.PromiseMade.v1\"}");
    }

    @Test
    void kafka_is_a_health_component_of_its_own_outside_readiness() {
        ApiResponse kafka = api.get("/actuator/health/kafka", null);
        ApiResponse readiness = api.get("/actuator/health/readiness", null);

        assertThat(kafka.status()).as(kafka.toString()).isEqualTo(200);
        assertThat(kafka.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").has("kafka")).isFalse();
    }

    private String scrape() {
        ApiResponse metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body();
    }
}
