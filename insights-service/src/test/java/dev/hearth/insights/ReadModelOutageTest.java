package dev.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.FreezableMongo;
import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Timeouts: with its read-model database stopped (a Mongo wire server in a JVM of its own, sent
 * SIGSTOP), insights answers a read with 503 problem+json and readiness DOWN, within seconds rather
 * than after the driver's 30-second defaults, and both recover once the server goes on (SIGCONT).
 * How long each answer took is printed, never asserted: waits only give up after a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
@DirtiesContext
class ReadModelOutageTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static FreezableMongo mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        HearthTestInfrastructure.register(registry, "insights-service");
        mongo = FreezableMongo.start();
        registry.add("spring.mongodb.uri", mongo::connectionString);
    }

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void ready() {
        api = ApiClient.onPort(port);
        await().atMost(RECOVERY).until(() -> readiness().status() == 200);
    }

    @AfterEach
    void thaw() {
        mongo.thaw();
    }

    @Test
    void while_the_read_model_database_is_stopped_a_read_is_a_503_and_the_service_is_not_ready_until_it_goes_on() {
        String couple = UUID.randomUUID().toString();
        String token = TestTokens.mint("alice-" + couple);

        mongo.freeze();

        long began = System.nanoTime();
        ApiResponse read = api.get("/api/couples/" + couple + "/insights", token);
        System.out.printf("observed: insights read, Mongo stopped, answered %d after %d ms%n", read.status(),
                (System.nanoTime() - began) / 1_000_000);
        assertThat(read.status()).as(read.toString()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.problemType()).isEqualTo("service-unavailable");
        assertThat(read.header("Retry-After")).isPresent();
        began = System.nanoTime();
        ApiResponse ready = readiness();
        System.out.printf("observed: readiness, Mongo stopped, answered %d after %d ms%n", ready.status(),
                (System.nanoTime() - began) / 1_000_000);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.text("/components/mongo/status")).isEqualTo("DOWN");

        mongo.thaw();

        await().atMost(RECOVERY).until(() -> readiness().status() == 200);
        // The membership view answers again: an unknown couple is a 404 again, not a 503.
        await().atMost(RECOVERY).until(() -> api.get("/api/couples/" + couple + "/insights", token).status() == 404);
    }

    private ApiResponse readiness() {
        return api.get("/actuator/health/readiness");
    }
}
