package dev.hearth.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

class TimeBoundHealthTest {

    private final CountDownLatch databaseAnswers = new CountDownLatch(1);
    private final AtomicInteger checks = new AtomicInteger();
    private final HealthIndicator stalledDatabase = () -> {
        checks.incrementAndGet();
        try {
            databaseAnswers.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Health.up().build();
    };

    @AfterEach
    void letTheDatabaseAnswer() {
        databaseAnswers.countDown();
    }

    @Test
    void a_check_that_answers_in_time_is_its_own_answer() {
        TimeBoundHealth health = new TimeBoundHealth("db", () -> Health.up().withDetail("database", "PostgreSQL").build(),
                Duration.ofSeconds(30));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health(true).getDetails()).containsEntry("database", "PostgreSQL");
    }

    @Test
    void a_check_that_fails_is_down_with_its_error() {
        TimeBoundHealth health = new TimeBoundHealth("mongo", () -> {
            throw new IllegalStateException("connection refused");
        }, Duration.ofSeconds(30));

        assertDownWithError(health, "connection refused");
    }

    @Test
    void a_check_that_does_not_answer_in_time_is_down() {
        TimeBoundHealth health = new TimeBoundHealth("mongo", stalledDatabase, Duration.ofMillis(50));

        assertDownWithError(health, "mongo did not answer within 50 ms");
    }

    @Test
    void while_a_check_hangs_later_probes_wait_on_it_instead_of_starting_more() {
        TimeBoundHealth health = new TimeBoundHealth("db", stalledDatabase, Duration.ofMillis(20));

        for (int probe = 0; probe < 5; probe++) {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        }

        assertThat(checks).hasValue(1);
    }

    @Test
    void once_the_database_answers_the_next_probe_is_up() {
        TimeBoundHealth health = new TimeBoundHealth("db", stalledDatabase, Duration.ofMillis(20));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        databaseAnswers.countDown();

        await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus().equals(Status.UP));
    }

    @Test
    void components_are_named_as_boot_names_them() {
        assertThat(TimeBoundHealthAutoConfiguration.componentName("dbHealthContributor")).isEqualTo("db");
        assertThat(TimeBoundHealthAutoConfiguration.componentName("mongoHealthIndicator")).isEqualTo("mongo");
        assertThat(TimeBoundHealthAutoConfiguration.componentName("views")).isEqualTo("views");
    }

    private static void assertDownWithError(TimeBoundHealth health, String error) {
        Health answer = health.health(true);

        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails().get("error")).asString().contains(error);
    }
}
