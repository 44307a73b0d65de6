package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.FreezableMongo;
import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.StallingProxy;
import dev.hearth.platform.test.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Timeouts: a database that stops answering makes requests fail fast with 503 problem+json and
 * readiness DOWN, and both recover when it answers again. The read-model database is a Mongo wire
 * server in a JVM of its own, stopped with SIGSTOP; PostgreSQL is reached through a proxy that can
 * stall (connected, silent). How long each answer took is printed, never asserted: waits only give
 * up after a minute.
 */
@DirtiesContext
class DatabaseOutageTest extends ServiceIntegrationTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static FreezableMongo mongo;
    private static StallingProxy postgres;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "commitment-service");
        mongo = FreezableMongo.start();
        String database = TestPostgres.jdbcUrl("hearth_commitment_outages");
        postgres = StallingProxy.to(TestPostgres.port());
        String throughProxy = database.replace(":" + TestPostgres.port() + "/", ":" + postgres.port() + "/");
        registry.add("spring.datasource.url", () -> throughProxy);
        registry.add("spring.mongodb.uri", mongo::connectionString);
    }

    @BeforeEach
    void ready() {
        await().atMost(RECOVERY).until(() -> readiness().status() == 200);
    }

    @AfterEach
    void everythingAnswersAgain() {
        mongo.thaw();
        postgres.resume();
    }

    @Test
    void while_the_read_model_database_is_stopped_the_promise_list_is_a_503_and_the_service_is_not_ready() {
        Couple couple = couple();
        assertThat(api.get(couple.promises(), token(couple.alice())).status()).isEqualTo(200);

        mongo.freeze();

        ApiResponse list = timed("promise list, Mongo stopped", () -> api.get(couple.promises(), token(couple.alice())));
        assertUnavailable(list);
        assertNotReady("Mongo stopped", "mongo");

        mongo.thaw();

        awaitRecovery(() -> api.get(couple.promises(), token(couple.alice())).status() == 200);
    }

    @Test
    void while_the_event_store_does_not_answer_a_new_promise_is_a_503_and_the_service_is_not_ready() {
        Couple couple = couple();

        postgres.stall();

        ApiResponse made = timed("make a promise, PostgreSQL stalled", () -> makePromise(couple));
        assertUnavailable(made);
        assertNotReady("PostgreSQL stalled", "db");

        postgres.resume();

        awaitRecovery(() -> makePromise(couple).status() == 201);
    }

    private ApiResponse makePromise(Couple couple) {
        return api.post(couple.promises(), token(couple.alice()), """
                {"promiseId":"%s","promiseeId":"%s","description":"Fix the bike"}"""
                .formatted(UUID.randomUUID(), couple.bob()));
    }

    private ApiResponse readiness() {
        return api.get("/actuator/health/readiness");
    }

    /** Readiness is a 503 that names the store that is down. */
    private void assertNotReady(String outage, String component) {
        ApiResponse ready = timed("readiness, " + outage, this::readiness);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.text("/components/" + component + "/status")).isEqualTo("DOWN");
    }

    /** Ready again, and then serving again, once the store is back. */
    private void awaitRecovery(Callable<Boolean> serving) {
        await().atMost(RECOVERY).until(() -> readiness().status() == 200);
        await().atMost(RECOVERY).until(serving);
    }

    private static void assertUnavailable(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("service-unavailable");
        assertThat(answer.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(seconds).matches("[1-9][0-9]*"));
    }

    /** The answer, with how long it took printed for the record (speed is the benchmark's business). */
    private static ApiResponse timed(String what, Supplier<ApiResponse> request) {
        long began = System.nanoTime();
        ApiResponse answer = request.get();
        System.out.printf("observed: %s answered %d after %d ms%n", what, answer.status(),
                (System.nanoTime() - began) / 1_000_000);
        return answer;
    }
}
