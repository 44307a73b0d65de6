package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.mongo.ViewProgress;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The Boot 4 traps (docs/architecture.md) fail silently: keep them asserted in the service itself. */
abstract class PlatformWiringIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    ObjectProvider<ViewProgress> views;
    @Autowired
    ObjectProvider<ViewProgress.Source> viewSources;

    @Test
    void axon_stores_events_with_jdbc_in_springs_transactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void readiness_is_open_without_a_token_and_covers_the_databases_not_kafka() {
        // Ready only once every view has caught up since start (its processor may still be claiming
        // its segment when the context is new, on a busy machine): wait for that, boundedly.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health/readiness", null).status() == 200);
        ApiResponse readiness = api.get("/actuator/health/readiness", null);

        assertThat(readiness.status()).as("%s; views: %s", readiness, viewStatuses()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").propertyNames())
                .containsExactlyInAnyOrder("db", "mongo", "readinessState", "views");
    }

    @Test
    void prometheus_metrics_are_exposed() {
        ApiResponse metrics = api.get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    // Which view is not ready, and why: the health endpoint shows states only.
    private List<String> viewStatuses() {
        List<ViewProgress> all = new ArrayList<>(views.orderedStream().toList());
        viewSources.orderedStream().forEach(source -> all.addAll(source.views()));
        return all.stream().map(view -> view.view() + ": " + view.status()).toList();
    }
}
