package dev.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.PublicEventProducer;
import dev.hearth.platform.test.TestTokens;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * insights-service against a real Kafka broker and MongoDB: public events in, the couple's trust
 * out, exactly once, for its partners only. Run on the embedded servers by
 * {@link InsightsOnEmbeddedServersTest} and on containers by {@link InsightsOnContainersTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InsightsIntegrationTest {

    static String bootstrapServers;
    static PublicEventProducer events;

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    static void producer(@Value("${spring.kafka.bootstrap-servers}") String kafka) {
        bootstrapServers = kafka;
        events = new PublicEventProducer(kafka);
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    record Couple(String id, String alice, String bob) {
    }

    static Couple formedCouple() {
        Couple couple = new Couple(UUID.randomUUID().toString(), "alice-" + UUID.randomUUID(), "bob-" + UUID.randomUUID());
        events.publish(new CoupleStarted(couple.id(), couple.alice(), "Europe/Berlin"), couple.id(), 0);
        events.publish(new PartnerJoined(couple.id(), couple.bob()), couple.id(), 2);
        return couple;
    }

    @Test
    void a_kept_promise_shows_as_trust_for_the_couple_and_for_the_promiser() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();

        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob()), promise, 1);

        JsonNode insights = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        assertThat(insights.at("/trust/score").asDouble()).isEqualTo(66.7);
        assertThat(insights.at("/trust/evidence").asDouble()).isEqualTo(1.0);
        assertThat(insights.at("/trust/lowConfidence").asBoolean()).isTrue();
        assertThat(insights.at("/model").asString()).isEqualTo("esi-v1");
        assertThat(insights.at("/updatedAt").asString()).isNotBlank();
        assertThat(insights.at("/partners")).hasSize(2);
        for (JsonNode partner : insights.at("/partners")) {
            double expected = partner.at("/userId").asString().equals(couple.alice()) ? 66.7 : 50.0;
            assertThat(partner.at("/trust/score").asDouble()).isEqualTo(expected);
        }
    }

    @Test
    void a_redelivered_outcome_is_counted_once() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        PromiseBroken broken = new PromiseBroken(promise, couple.id(), couple.bob(), couple.alice(), couple.alice());
        Instant when = Instant.now();

        events.publish(broken, promise, 1, when, "event-" + promise);
        events.publish(broken, promise, 1, when, "event-" + promise);
        RecordMetadata marker = events.publish(
                new PromiseKept(UUID.randomUUID().toString(), couple.id(), couple.alice(), couple.bob(), couple.bob()),
                UUID.randomUUID().toString(), 1);

        JsonNode insights = awaitInsights(couple, couple.bob(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        assertThat(events.consumed("insights-service", marker)).isTrue();
        assertThat(insights.at("/trust/outcomes/broken").asInt()).isEqualTo(1);
        // (1 + 1) / (2 + 2) = 50.0
        assertThat(insights.at("/trust/score").asDouble()).isEqualTo(50.0);
    }

    @Test
    void someone_outside_the_couple_gets_the_same_404_as_for_an_unknown_couple() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.alice(), body -> true);

        ApiResponse outsider = api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint("carol"));
        ApiResponse unknown = api().get("/api/couples/" + UUID.randomUUID() + "/insights", TestTokens.mint("carol"));

        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.json().at("/type").asString()).endsWith("/couple-not-found");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/type").asString()).endsWith("/couple-not-found");
    }

    @Test
    void an_outsiders_request_with_a_malformed_body_is_couple_not_found_before_anything_is_read() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.alice(), body -> true);

        ApiResponse outsider = api().send("GET", "/api/couples/" + couple.id() + "/insights",
                ApiClient.bearer(TestTokens.mint("carol")), "{\"trust\":");
        ApiResponse notAnId = api().get("/api/couples/not-a-uuid/insights", TestTokens.mint(couple.alice()));

        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
        assertThat(outsider.problemType()).isEqualTo("couple-not-found");
        assertThat(notAnId.problemType()).as(notAnId.toString()).isEqualTo("couple-not-found");
    }

    @Test
    void no_token_is_a_401_problem() throws Exception {
        ApiResponse response = api().get("/api/couples/" + UUID.randomUUID() + "/insights");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    }

    @Test
    void a_record_that_is_not_its_types_json_goes_to_the_dead_letter_topic_and_later_events_still_apply() throws Exception {
        Couple couple = formedCouple();
        CloudEvent poison = new CloudEvent(UUID.randomUUID().toString(), EventType.PROMISE_KEPT.ceType(),
                "/hearth/commitment-service", couple.id(), Instant.now(), UUID.randomUUID().toString(), 1, null,
                "{\"promiseId\":".getBytes(StandardCharsets.UTF_8));
        events.send(Topic.COMMITMENTS.topicName(), poison);
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.alice()), promise, 1);

        awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        String deadLetters = Topic.COMMITMENTS.deadLetterTopic("insights-service");
        var dead = TopicReader.readUntil(bootstrapServers, deadLetters,
                Duration.ofSeconds(20), records -> records.stream().anyMatch(r -> poison.id().equals(TopicReader.headers(r).get("ce_id"))));
        assertThat(dead).anySatisfy(r -> {
            assertThat(TopicReader.headers(r).get("ce_id")).isEqualTo(poison.id());
            assertThat(TopicReader.headers(r)).containsKey("kafka_dlt-exception-message");
        });
    }

    @Test
    void an_unknown_event_type_is_skipped_without_blocking_the_partition() throws Exception {
        Couple couple = formedCouple();
        CloudEvent future = new CloudEvent(UUID.randomUUID().toString(), "dev.hearth.commitment.PromiseTeleported.v1",
                "/hearth/commitment-service", couple.id(), Instant.now(), UUID.randomUUID().toString(), 1, null,
                "{}".getBytes(StandardCharsets.UTF_8));
        events.send(Topic.COMMITMENTS.topicName(), future);
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.alice()), promise, 1);

        JsonNode insights = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        assertThat(insights.at("/trust/outcomes/broken").asInt()).isZero();
    }

    private JsonNode awaitInsights(Couple couple, String caller, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ApiResponse last = null;
        while (System.nanoTime() < deadline) {
            last = api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint(caller));
            if (last.status() == 200) {
                JsonNode body = last.json();
                if (until.test(body)) {
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("insights never reached the expected state; last answer: "
                + (last == null ? "none" : last));
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
