package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.TestTokens;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deadline lives in PostgreSQL, not in the instance that scheduled it: a promise made due in
 * seconds by one context, closed before the due time, is missed once by the next context started on
 * the same database — in the event store and on the topic — and leaves nothing pending behind.
 */
class DeadlinesAcrossRestartsTest {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @Test
    void a_promise_due_while_the_service_was_down_is_missed_once_after_it_starts_again() {
        Map<String, Object> properties = new HashMap<>(HearthTestInfrastructure.properties("commitment-service",
                "restart-" + UUID.randomUUID().toString().substring(0, 8)));
        properties.put("server.port", 0);
        properties.put("hearth.deadlines.polling-interval", "500ms");
        properties.put("logging.structured.format.console", "");
        String bootstrapServers = (String) properties.get("spring.kafka.bootstrap-servers");
        String coupleId = UUID.randomUUID().toString();
        String alice = "alice-restart-" + coupleId;
        String bob = "bob-restart-" + coupleId;
        String promiseId = UUID.randomUUID().toString();
        Instant dueAt;

        try (ConfigurableApplicationContext first = start(properties);
             CouplesTopic couples = new CouplesTopic(bootstrapServers)) {
            couples.publish(new CoupleStarted(coupleId, alice, "Europe/Paris"), 0);
            couples.publish(new PartnerJoined(coupleId, bob), 2);
            MembershipView memberships = first.getBean(MembershipView.class);
            await().atMost(AT_MOST).until(() -> memberships.find(coupleId).map(m -> m.hasMember(bob)).orElse(false));
            dueAt = Instant.now().plusSeconds(3);
            ApiResponse made = api(first).post("/api/couples/" + coupleId + "/promises", TestTokens.mint(alice), """
                    {"promiseId":"%s","promiseeId":"%s","description":"Water the plants","dueAt":"%s"}"""
                    .formatted(promiseId, bob, dueAt));
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            assertThat(pending(first, promiseId)).isEqualTo(1);
        }
        // Down over the due time: nobody is there to miss it.
        await().atMost(AT_MOST).until(() -> Instant.now().isAfter(dueAt.plusSeconds(1)));

        try (ConfigurableApplicationContext second = start(properties)) {
            await().atMost(AT_MOST).until(() -> missed(second, promiseId) == 1);
            List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrapServers,
                    Topic.COMMITMENTS.topicName(), AT_MOST, read -> !missedOnTopic(read, promiseId).isEmpty());

            List<ConsumerRecord<String, byte[]>> misses = missedOnTopic(records, promiseId);
            assertThat(misses).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo(coupleId);
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Water the plants")
                        .doesNotContain("recordedBy");
                assertThat(HearthEventJson.read(EventType.PROMISE_MISSED, record.value()))
                        .isEqualTo(new dev.hearth.contracts.commitment.PromiseMissed(promiseId, coupleId, alice, bob,
                                dueAt));
            });
            assertThat(pending(second, promiseId)).as("nothing left to fire at a later start").isZero();
            assertThat(missed(second, promiseId)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(CommitmentServiceApplication.class).run(HearthTestInfrastructure.arguments(properties));
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return ApiClient.onPort(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    private static long missed(ConfigurableApplicationContext context, String promiseId) {
        Long count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
                "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                Long.class, promiseId, PromiseMissed.class.getName());
        return count == null ? 0 : count;
    }

    private static long pending(ConfigurableApplicationContext context, String promiseId) {
        Long count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
                "select count(*) from scheduled_tasks where convert_from(task_data, 'UTF8') like ?", Long.class,
                "%" + promiseId + "%");
        return count == null ? 0 : count;
    }

    private static List<ConsumerRecord<String, byte[]>> missedOnTopic(List<ConsumerRecord<String, byte[]>> records,
                                                                      String promiseId) {
        return records.stream()
                .filter(record -> promiseId.equals(TopicReader.headers(record).get(CloudEventHeaders.AGGREGATE_ID)))
                .filter(record -> EventType.PROMISE_MISSED.ceType().equals(TopicReader.headers(record).get(CloudEventHeaders.TYPE)))
                .toList();
    }
}
