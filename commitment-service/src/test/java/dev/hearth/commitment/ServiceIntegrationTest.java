package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.MongoCommands;
import dev.hearth.platform.test.RecordMongoCommands;
import org.springframework.context.annotation.Import;
import dev.hearth.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole service on real infrastructure: Kafka broker, PostgreSQL, MongoDB. The suites extending
 * this are run, each as a {@code @Nested} class, on the embedded servers of this JVM by
 * {@link CommitmentOnEmbeddedServersTest} and on containers by {@link CommitmentOnContainersTest};
 * each runner's suites share one Spring context. Users and couples are new in each test, so tests
 * never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hearth.membership.wait=1s", "management.endpoint.health.show-components=always",
                "hearth.deadlines.polling-interval=500ms"})
@Import(RecordMongoCommands.class)
abstract class ServiceIntegrationTest {

    /** Every command the service sends to MongoDB, for the constant-cost rules. */
    @Autowired
    MongoCommands mongo;

    static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicInteger USERS = new AtomicInteger();
    private static CouplesTopic couplesTopic;

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MembershipView memberships;
    @Autowired
    DataSource dataSource;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    @AfterAll
    static void closeTopic() {
        if (couplesTopic != null) {
            couplesTopic.close();
            couplesTopic = null;
        }
    }

    CouplesTopic couplesTopic() {
        if (couplesTopic == null) {
            couplesTopic = new CouplesTopic(bootstrapServers);
        }
        return couplesTopic;
    }

    /** A user id nobody else in this JVM has. */
    static String user(String name) {
        return name + "-" + USERS.incrementAndGet();
    }

    static String token(String userId) {
        return TestTokens.mint(userId);
    }

    /** Two partners whose couple commitment-service has learnt from the couples topic. */
    Couple couple() {
        Couple couple = new Couple(UUID.randomUUID().toString(), user("alice"), user("bob"));
        couplesTopic().publish(new CoupleStarted(couple.id(), couple.alice(), "Europe/Paris"), 0);
        couplesTopic().publish(new PartnerJoined(couple.id(), couple.bob()), 2);
        await().atMost(WITHIN).until(() -> memberships.find(couple.id())
                .map(m -> m.hasMember(couple.alice()) && m.hasMember(couple.bob())).orElse(false));
        return couple;
    }

    /** {@code promiser} promises {@code promisee} {@code description}, by {@code dueAt} if any: the promise's id, once answered 201. */
    String make(Couple couple, String promiser, String promisee, String description, @Nullable Instant dueAt) {
        ApiResponse made = api.post(couple.promises(), token(promiser), "{\"promiseeId\":\"%s\",\"description\":\"%s\"%s}"
                .formatted(promisee, description, dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\""));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().path("promiseId").asString();
    }

    /** Alice promises Bob {@code description}, by {@code dueAt} if any. */
    String make(Couple couple, String description, @Nullable Instant dueAt) {
        return make(couple, couple.alice(), couple.bob(), description, dueAt);
    }

    /** Alice promises Bob {@code description}, with no due time. */
    String make(Couple couple, String description) {
        return make(couple, description, null);
    }

    long storedEvents() {
        Long count = new JdbcTemplate(dataSource).queryForObject("select count(*) from domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    long storedEvents(String aggregateId, String payloadType) {
        Long count = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, aggregateId, payloadType);
        return count == null ? 0 : count;
    }

    long pendingDeadlines(String promiseId) {
        Long count = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from scheduled_tasks where convert_from(task_data, 'UTF8') like ?", Long.class, "%" + promiseId + "%");
        return count == null ? 0 : count;
    }

    static void assertProblem(ApiResponse answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo(type);
    }

    record Couple(String id, String alice, String bob) {

        String promises() {
            return "/api/couples/" + id + "/promises";
        }
    }
}
