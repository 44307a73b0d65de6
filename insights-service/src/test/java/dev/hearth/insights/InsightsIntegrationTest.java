package dev.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.hearth.platform.consumer.view.TopicViews;
import dev.hearth.platform.test.MongoCommands;
import dev.hearth.platform.test.RecordMongoCommands;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMissed;
import dev.hearth.contracts.commitment.PromiseReleased;
import dev.hearth.contracts.commitment.PromiseRenegotiated;
import dev.hearth.contracts.commitment.PromiseWithdrawn;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.security.Memberships;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.MembershipFlood;
import dev.hearth.platform.test.OpenApiDocuments;
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
@Import(RecordMongoCommands.class)
abstract class InsightsIntegrationTest {

    /** Every command insights sends to MongoDB, for the constant-cost rules. */
    @Autowired
    MongoCommands mongo;

    /** The consumer group of the trust view (its name and layout version), which names its dead-letter topic. */
    static final String TRUST_GROUP = "insights-trust-v1";

    static String bootstrapServers;
    static PublicEventProducer events;

    @Value("${local.server.port}")
    int port;
    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModelDatabase;
    @Autowired
    TopicViews views;
    @Autowired
    Memberships memberships;

    MongoDatabase readModels() {
        return readModelDatabase;
    }

    String database() {
        return readModelDatabase.getName();
    }

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
    void the_api_document_is_the_committed_one_and_open_without_a_token() {
        OpenApiDocuments.assertServedAsCommitted(ApiClient.onPort(port), "insights");
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
    void a_miss_counts_until_a_late_keep_replaces_it_and_other_outcomes_change_nothing() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        Instant dueAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        PromiseMissed miss = new PromiseMissed(promise, couple.id(), couple.alice(), couple.bob(), dueAt);
        events.publish(miss, promise, 1, Instant.now(), "missed-" + promise);
        events.publish(new PromiseReleased(other, couple.id(), couple.alice(), couple.bob(), couple.bob(), null, null), other, 1);
        JsonNode missed = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/missed").asInt() == 1);
        // (1 + 0) / (2 + 1)
        assertThat(missed.at("/trust/score").asDouble()).isEqualTo(33.3);
        assertThat(missed.at("/trust/evidence").asDouble()).isEqualTo(1.0);

        events.publish(new PromiseWithdrawn(other, couple.id(), couple.alice(), couple.bob(), couple.alice(), null), other, 2);
        events.publish(new PromiseRenegotiated(other, couple.id(), couple.alice(), couple.bob(), couple.alice(),
                dueAt.plusSeconds(3600), dueAt, true), other, 3);
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob(), dueAt, true), promise, 2);

        JsonNode kept = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        assertThat(kept.at("/trust/outcomes/missed").asInt()).isZero();
        assertThat(kept.at("/trust/outcomes/broken").asInt()).isZero();
        assertThat(kept.at("/trust/score").asDouble()).isEqualTo(66.7);
        assertThat(kept.at("/trust/evidence").asDouble()).isEqualTo(1.0);

        // The outbox re-sends the miss after the keep: it was applied once, and stays replaced.
        events.publish(miss, promise, 1, Instant.now(), "missed-" + promise);
        // A marker after it on the couple's partition: once it shows, the re-send was handled.
        events.publish(new PromiseBroken(UUID.randomUUID().toString(), couple.id(), couple.bob(),
                couple.alice(), couple.alice()), UUID.randomUUID().toString(), 1);
        JsonNode after = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/broken").asInt() == 1);
        assertThat(after.at("/trust/outcomes/missed").asInt()).isZero();
        assertThat(after.at("/trust/outcomes/kept").asInt()).isEqualTo(1);
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
        assertThat(events.consumed(TRUST_GROUP, marker)).isTrue();
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
        String deadLetters = Topic.COMMITMENTS.deadLetterTopic(TRUST_GROUP);
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

    @Test
    void a_partner_who_left_gets_404_at_once_and_their_past_outcomes_still_count() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.bob(), couple.alice(), couple.alice()), promise, 1);
        JsonNode before = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1
                && body.at("/partners").size() == 2);

        events.publish(new PartnerLeft(couple.id(), couple.bob()), couple.id(), 3);

        await().atMost(Duration.ofSeconds(30)).until(() -> insights(couple, couple.bob()).status() == 404);
        assertThat(insights(couple, couple.bob()).problemType()).isEqualTo("couple-not-found");
        assertThat(memberships.waiting()).isZero();
        JsonNode after = awaitInsights(couple, couple.alice(), body -> true);
        assertThat(after.at("/trust")).isEqualTo(before.at("/trust"));
        assertThat(after.at("/partners").findValuesAsString("userId")).containsExactly(couple.alice(), couple.bob());
        assertThat(after.at("/partners").get(1).at("/trust")).isEqualTo(before.at("/partners").get(1).at("/trust"));
    }

    @Test
    void an_erased_couple_is_dropped_and_nothing_revives_it() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        PromiseKept kept = new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob());
        events.publish(kept, promise, 1, Instant.now(), "kept-" + promise);
        awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);
        mongo.clear();

        events.publish(new CoupleErased(couple.id()), couple.id(), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> readModels().getCollection("trust_v1")
                .find(new Document("_id", couple.id())).first() == null);

        // Redelivered (old sequences, same ids) and late (new sequences) events of every kind.
        events.publish(new CoupleStarted(couple.id(), couple.alice(), "UTC"), couple.id(), 0);
        events.publish(new PartnerJoined(couple.id(), couple.bob()), couple.id(), 2);
        events.publish(new CoupleStarted(couple.id(), couple.alice(), "UTC"), couple.id(), 10);
        RecordMetadata joined = events.publish(new PartnerJoined(couple.id(), couple.bob()), couple.id(), 11);
        events.publish(new PromiseMade(promise, couple.id(), couple.alice(), couple.bob(), null), promise, 0);
        events.publish(kept, promise, 1, Instant.now(), "kept-" + promise);
        String late = UUID.randomUUID().toString();
        RecordMetadata broken = events.publish(new PromiseBroken(late, couple.id(), couple.alice(), couple.bob(), couple.bob()), late, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.consumed(TRUST_GROUP, broken)
                && events.consumed("insights-couples-v1", joined));

        Document tombstone = readModels().getCollection("couples_v1").find(new Document("_id", couple.id())).first();
        assertThat(tombstone.getBoolean("erased")).isTrue();
        assertThat(tombstone.toJson()).doesNotContain(couple.alice()).doesNotContain(couple.bob());
        assertThat(readModels().getCollection("trust_v1").find(new Document("_id", couple.id())).first()).isNull();
        for (String partner : List.of(couple.alice(), couple.bob())) {
            assertThat(insights(couple, partner).problemType()).isEqualTo("couple-not-found");
        }
        mongo.assertEveryCommandById(database());
    }

    private ApiResponse insights(Couple couple, String caller) {
        return api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint(caller));
    }

    @Test
    void every_read_and_write_of_insights_addresses_one_document_by_id_alone() throws Exception {
        mongo.clear();
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob()), promise, 1);
        String broken = UUID.randomUUID().toString();
        events.publish(new PromiseBroken(broken, couple.id(), couple.bob(), couple.alice(), couple.alice()), broken, 1);

        awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/broken").asInt() == 1);
        api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint("carol"));

        mongo.assertEveryCommandById(database());
    }

    @Test
    void ten_thousand_outcomes_of_one_couple_leave_its_documents_the_size_they_were() throws Exception {
        Couple couple = formedCouple();
        Instant start = Instant.now().minus(Duration.ofDays(400));
        for (int i = 0; i < 10_000; i++) {
            String promise = UUID.randomUUID().toString();
            String promiser = i % 2 == 0 ? couple.alice() : couple.bob();
            String promisee = i % 2 == 0 ? couple.bob() : couple.alice();
            var outcome = i % 3 == 0
                    ? new PromiseBroken(promise, couple.id(), promiser, promisee, promisee)
                    : new PromiseKept(promise, couple.id(), promiser, promisee, promisee);
            events.publishAsync(outcome, promise, 1, start.plusSeconds(i * 3_000L), UUID.randomUUID().toString());
        }
        events.flush();

        JsonNode insights = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt()
                + body.at("/trust/outcomes/broken").asInt() == 10_000, Duration.ofSeconds(120));
        assertThat(insights.at("/trust/outcomes/broken").asInt()).isEqualTo(3_334);
        for (String collection : List.of("couples_v1", "trust_v1")) {
            Document document = readModels().getCollection(collection).find(new Document("_id", couple.id())).first();
            assertThat(document).as(collection).isNotNull();
            // Two partners' tallies and the ring of recent event ids, whatever the history: a few kilobytes.
            assertThat(RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining())
                    .as(collection + " bytes").isLessThan(16_384);
        }
    }

    @Test
    void every_event_applied_twice_and_the_whole_topic_read_again_change_no_document() throws Exception {
        Couple couple = formedCouple();
        Instant when = Instant.now();
        for (int i = 0; i < 5; i++) {
            String promise = UUID.randomUUID().toString();
            PromiseKept kept = new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob());
            events.publish(kept, promise, 1, when.plusSeconds(i), "kept-" + promise);
            events.publish(kept, promise, 1, when.plusSeconds(i), "kept-" + promise);
        }
        JsonNode once = awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 5);
        Document before = facts("trust_v1", couple.id());

        views.stop();
        try {
            events.rewind(TRUST_GROUP, Topic.COMMITMENTS.topicName());
        } finally {
            views.start();
        }
        String marker = UUID.randomUUID().toString();
        Couple other = formedCouple();
        events.publish(new PromiseKept(marker, other.id(), other.alice(), other.bob(), other.bob()), marker, 1);
        awaitInsights(other, other.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1);

        assertThat(facts("trust_v1", couple.id())).isEqualTo(before);
        assertThat(awaitInsights(couple, couple.alice(), body -> true).at("/trust")).isEqualTo(once.at("/trust"));
    }

    @Test
    void a_couple_id_in_upper_case_is_the_couple_for_its_partner_and_a_404_for_a_stranger() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.bob(), body -> true);
        String upper = "/api/couples/" + couple.id().toUpperCase() + "/insights";

        ApiResponse partner = api().get(upper, TestTokens.mint(couple.alice()));
        ApiResponse stranger = api().get(upper, TestTokens.mint("mallory-" + UUID.randomUUID()));

        assertThat(partner.status()).as(partner.toString()).isEqualTo(200);
        assertThat(stranger.problemType()).as(stranger.toString()).isEqualTo("couple-not-found");
        assertThat(memberships.waiting()).isZero();
    }

    @Test
    void a_flood_of_misses_gets_404s_while_a_member_gets_200_and_at_most_eight_wait() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.bob(), body -> true);

        MembershipFlood flood = MembershipFlood.run(api(), "/api/couples/%s/insights", TestTokens::mint,
                () -> api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint(couple.alice())),
                memberships::waiting);

        assertThat(flood.oneCaller()).as(flood.toString()).containsOnlyKeys(404);
        assertThat(flood.manyCallers()).as(flood.toString()).containsOnlyKeys(404);
        assertThat(flood.member()).as(flood.toString()).containsOnly(200);
        assertThat(flood.peakWaiting()).as(flood.toString()).isBetween(1, 8);
        System.out.println("[membership flood] insights-service: " + flood);
    }

    private Document facts(String collection, String coupleId) {
        Document document = readModels().getCollection(collection).find(new Document("_id", coupleId)).first();
        assertThat(document).isNotNull();
        Document facts = new Document(document);
        facts.remove("_applied");
        return facts;
    }

    JsonNode awaitInsights(Couple couple, String caller, Predicate<JsonNode> until) throws Exception {
        return awaitInsights(couple, caller, until, Duration.ofSeconds(30));
    }

    JsonNode awaitInsights(Couple couple, String caller, Predicate<JsonNode> until, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
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

    ApiClient api() {
        return ApiClient.onPort(port);
    }
}
