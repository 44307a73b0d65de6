package dev.hearth.platform.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.publisher.pledge.MakePledge;
import dev.hearth.platform.publisher.pledge.PledgeApplication;
import dev.hearth.platform.test.TestPostgres;
import dev.hearth.platform.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A publishing service whose Kafka never answers: it is ready (its database is), the {@code kafka}
 * component says DOWN, the lag counts what waits in the outbox, and shutting down does not wait for
 * Kafka: the publisher's resend loop gives up and leaves its token where it was. Its own context,
 * because the last test closes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublisherShutdownTest {

    private static final String DATABASE = "platform_publisher_shutdown";
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startWithoutKafka() throws IOException {
        service = new SpringApplicationBuilder(PledgeApplication.class).run(
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + TestPostgres.username(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--server.port=0",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--spring.kafka.bootstrap-servers=" + unusedAddress(),
                // Creating the topics would wait for the broker for 30 s.
                "--spring.kafka.admin.auto-create=false",
                "--hearth.publisher.source=/hearth/pledge-service",
                "--hearth.publisher.producer.max-block=1s",
                "--hearth.publisher.producer.request-timeout=1s",
                "--hearth.publisher.producer.delivery-timeout=2s",
                "--hearth.publisher.resend.max-backoff=500ms",
                "--hearth.kafka.health.timeout=500ms",
                "--hearth.kafka.health.cache-for=0s",
                "--management.endpoint.health.probes.enabled=true",
                "--management.endpoint.health.group.readiness.include=readinessState,db",
                "--spring.lifecycle.timeout-per-shutdown-phase=20s");
    }

    @AfterAll
    static void close() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void without_kafka_the_service_is_ready_kafka_is_down_and_the_lag_counts_every_stored_event() {
        CommandGateway commands = service.getBean(CommandGateway.class);
        HealthEndpoint health = service.getBean(HealthEndpoint.class);

        commands.sendAndWait(new MakePledge(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "alice", "bob", "one"));
        commands.sendAndWait(new MakePledge(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "alice", "bob", "two"));

        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("kafka").getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        await().atMost(Duration.ofSeconds(5)).until(() -> lag() == 2);
    }

    @Test
    @Order(2)
    void shutting_down_does_not_wait_for_kafka_and_leaves_the_unpublished_events_for_the_next_start() throws Exception {
        long closing = System.nanoTime();
        service.close();
        Duration closed = Duration.ofNanos(System.nanoTime() - closing);

        // The worker notices the shutdown between attempts, or Axon interrupts it after 5 s.
        assertThat(closed).isLessThan(Duration.ofSeconds(12));
        assertThat(storedToken()).as("the publisher's token did not move past unpublished events").isNull();
    }

    private static double lag() {
        return service.getBean(MeterRegistry.class).get(PublisherMetrics.LAG_METER).gauge().value();
    }

    private static byte[] storedToken() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(DATABASE),
                TestPostgres.username(), TestPostgres.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT token FROM tokenentry WHERE processorname = 'hearth-publisher'")) {
            assertThat(row.next()).as("the publisher's token row").isTrue();
            return row.getBytes(1);
        }
    }

    private static String unusedAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }
}
