package dev.hearth.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.contracts.journal.EntryAcknowledged;
import dev.hearth.contracts.journal.EntryWritten;
import dev.hearth.contracts.journal.SafetyCheckedIn;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.test.TestTokens;
import dev.hearth.platform.test.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The five practices through the API, on the same context as {@link InsightsIntegrationTest}: the
 * journal and outcome buckets fed by their topics, the summary's new metrics, trends and their
 * errors, felt safety's privacy.
 */
abstract class PracticesIntegrationTest extends InsightsIntegrationTest {


    static final String JOURNAL_WEEKS_GROUP = "insights-journal-weeks-v1";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void nine_of_ten_kept_against_three_of_ten_is_83_3_and_33_3_and_59_1() throws Exception {
        Couple couple = formedCouple();
        for (int i = 0; i < 10; i++) {
            outcome(couple.id(), couple.alice(), couple.bob(), i < 9);
            outcome(couple.id(), couple.bob(), couple.alice(), i < 3);
        }

        JsonNode insights = awaitInsights(couple, couple.alice(), body -> body.at("/trust/evidence").asDouble() >= 19.5
                && body.at("/consistency/evidence").asInt() == 20);
        assertThat(insights.at("/trust/score").asDouble()).isEqualTo(59.1);
        assertThat(insights.at("/trust/model").asString()).isEqualTo("trust-v1");
        assertThat(insights.at("/model").asString()).isEqualTo("esi-v1");
        for (JsonNode partner : insights.at("/partners")) {
            boolean alice = partner.at("/userId").asString().equals(couple.alice());
            assertThat(partner.at("/trust/score").asDouble()).isEqualTo(alice ? 83.3 : 33.3);
            assertThat(partner.at("/consistency/score").asDouble()).isEqualTo(12.5);
            assertThat(partner.at("/consistency/model").asString()).isEqualTo("consistency-v1");
        }
        assertThat(insights.at("/signals").findValuesAsString("type")).doesNotContain("TRUST_DROP");
        assertThat(insights.at("/window/to").asString()).isEqualTo(LocalDate.now(BERLIN).toString());
    }

    @Test
    void six_of_seven_bids_answered_is_0_857_and_77_8_for_the_couple_and_the_listener() throws Exception {
        Couple couple = formedCouple();
        bids(couple, 7, 6);
        Couple other = formedCouple();
        bids(other, 3, 1);

        JsonNode insights = awaitInsights(couple, couple.bob(), body -> body.at("/listening/evidence").asInt() == 7
                && body.at("/listening/turnTowardRate").asDouble() == 0.857);
        assertThat(insights.at("/listening/score").asDouble()).isEqualTo(77.8);
        assertThat(insights.at("/listening/model").asString()).isEqualTo("listening-v1");
        assertThat(insights.at("/listening/medianResponseSeconds").asLong()).isEqualTo(30);
        for (JsonNode partner : insights.at("/partners")) {
            if (partner.at("/userId").asString().equals(couple.bob())) {
                assertThat(partner.at("/listening/turnTowardRate").asDouble()).isEqualTo(0.857);
            } else {
                assertThat(partner.at("/listening/evidence").asInt()).isZero();
            }
        }
        JsonNode few = awaitInsights(other, other.alice(), body -> body.at("/listening/evidence").asInt() == 3
                && body.at("/listening/turnTowardRate").asDouble() == 0.333);
        assertThat(few.at("/listening/score").asDouble()).isEqualTo(40.0);
    }

    @Test
    void a_journal_event_before_its_couple_started_applies_once_the_couple_is_known() throws Exception {
        Couple couple = new Couple(UUID.randomUUID().toString(), "alice-" + UUID.randomUUID(), "bob-" + UUID.randomUUID());
        String entry = UUID.randomUUID().toString();
        var early = events.publish(new EntryWritten(entry, couple.id(), couple.alice(), "APPRECIATION", 3, couple.bob()),
                entry, 1);
        assertThat(awaitConsumed(JOURNAL_WEEKS_GROUP, early)).isTrue();

        events.publish(new CoupleStarted(couple.id(), couple.alice(), "Europe/Berlin"), couple.id(), 0);
        events.publish(new PartnerJoined(couple.id(), couple.bob()), couple.id(), 2);

        JsonNode insights = awaitInsights(couple, couple.alice(), body -> body.at("/appreciation/evidence").asInt() == 1);
        assertThat(insights.at("/listening/evidence").asInt()).isEqualTo(1);
    }

    @Test
    void a_poison_journal_record_is_dead_lettered_and_later_events_apply() throws Exception {
        Couple couple = formedCouple();
        CloudEvent poison = new CloudEvent(UUID.randomUUID().toString(), EventType.ENTRY_WRITTEN.ceType(),
                "/hearth/journal-service", couple.id(), Instant.now(), UUID.randomUUID().toString(), 1, null,
                "{\"entryId\":".getBytes(StandardCharsets.UTF_8));
        events.send(Topic.JOURNAL.topicName(), poison);
        String entry = UUID.randomUUID().toString();
        events.publish(new EntryWritten(entry, couple.id(), couple.alice(), "REFLECTION", 3, null), entry, 1);

        awaitInsights(couple, couple.alice(), body -> body.at("/listening/evidence").asInt() == 1);
        var dead = TopicReader.readUntil(bootstrapServers, Topic.JOURNAL.deadLetterTopic(JOURNAL_WEEKS_GROUP),
                Duration.ofSeconds(20), records -> records.stream()
                        .anyMatch(r -> poison.id().equals(TopicReader.headers(r).get("ce_id"))));
        assertThat(dead).anySatisfy(r -> assertThat(TopicReader.headers(r).get("ce_id")).isEqualTo(poison.id()));
    }

    @Test
    void a_check_in_shows_to_its_partner_alone() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob()), promise, 1);
        // Both views of the keep (trust, and the weeks behind consistency) have it: each is its own consumer.
        JsonNode bobBefore = awaitInsights(couple, couple.bob(), body -> body.at("/trust/outcomes/kept").asInt() == 1
                && body.at("/consistency/evidence").asInt() == 1);

        String checkIn = UUID.randomUUID().toString();
        events.publish(new SafetyCheckedIn(checkIn, couple.id(), couple.alice(), 4), checkIn, 1);

        JsonNode alice = awaitInsights(couple, couple.alice(), body -> body.at("/feltSafety/checkIns").asInt() == 1);
        assertThat(alice.at("/feltSafety/mean").asDouble()).isEqualTo(4.0);
        assertThat(alice.at("/feltSafety/score").asDouble()).isEqualTo(75.0);
        assertThat(alice.at("/feltSafety/model").asString()).isEqualTo("felt-safety-v1");
        assertThat(alice.at("/partners").toString()).doesNotContain("feltSafety");
        JsonNode bob = awaitInsights(couple, couple.bob(), body -> true);
        assertThat(bob.at("/feltSafety/checkIns").asInt()).isZero();
        assertThat(bob.at("/feltSafety/mean").isNull()).isTrue();
        assertThat(bob.at("/updatedAt")).isEqualTo(bobBefore.at("/updatedAt"));
        assertThat(bob.at("/esi")).isEqualTo(bobBefore.at("/esi"));

        String today = LocalDate.now(BERLIN).toString();
        ApiResponse others = trends(couple, couple.bob(), "metric=feltSafety&granularity=day&from=" + today + "&to=" + today
                + "&partner=" + couple.alice());
        assertThat(others.status()).as(others.toString()).isEqualTo(403);
        assertThat(others.problemType()).isEqualTo("not-allowed");
        ApiResponse own = trends(couple, couple.bob(), "metric=feltSafety&granularity=day&from=" + today + "&to=" + today);
        assertThat(own.json().at("/points/0/evidence").asInt()).isZero();
        ApiResponse hers = trends(couple, couple.alice(), "metric=feltSafety&granularity=day&from=" + today + "&to=" + today);
        assertThat(hers.json().at("/points/0/value").asDouble()).isEqualTo(75.0);
    }

    @Test
    void a_day_trend_of_trust_has_a_point_per_local_day_through_today() throws Exception {
        Couple couple = formedCouple();
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob()), promise, 1);
        // Both views have it: the tallies (trust now) and the buckets (trust before, consistency).
        awaitInsights(couple, couple.alice(), body -> body.at("/trust/outcomes/kept").asInt() == 1
                && body.at("/consistency/evidence").asInt() == 1);
        LocalDate today = LocalDate.now(BERLIN);

        ApiResponse trend = trends(couple, couple.alice(), "metric=trust&granularity=day&from=" + today.minusDays(7)
                + "&to=" + today.plusDays(1));
        assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
        JsonNode points = trend.json().at("/points");
        assertThat(points).hasSize(8);
        for (int i = 0; i < 7; i++) {
            assertThat(points.get(i).at("/value").asDouble()).isEqualTo(50.0);
            assertThat(points.get(i).at("/evidence").asDouble()).isZero();
        }
        assertThat(points.get(7).at("/period").asString()).isEqualTo(today.toString());
        assertThat(points.get(7).at("/value").asDouble()).isEqualTo(66.7);
        assertThat(trend.json().at("/model").asString()).isEqualTo("trust-v1");
        assertThat(trend.json().at("/timezone").asString()).isEqualTo("Europe/Berlin");

        ApiResponse partner = trends(couple, couple.bob(), "metric=trust&granularity=week&from=" + today.minusDays(7)
                + "&to=" + today + "&partner=" + couple.alice());
        assertThat(partner.json().at("/points").get(partner.json().at("/points").size() - 1).at("/value").asDouble())
                .isEqualTo(66.7);
    }

    @Test
    void every_trend_error_names_its_parameter_and_an_outsider_gets_404_whatever_the_query() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.alice(), body -> true);
        LocalDate today = LocalDate.now(BERLIN);
        String ok = "&granularity=day&from=" + today.minusDays(7) + "&to=" + today;

        assertInvalid(couple, "metric=mood" + ok, "metric");
        assertInvalid(couple, "granularity=day&from=" + today + "&to=" + today, "metric");
        assertInvalid(couple, "metric=trust&granularity=month&from=" + today + "&to=" + today, "granularity");
        assertInvalid(couple, "metric=trust&granularity=day&to=" + today, "from");
        assertInvalid(couple, "metric=trust&granularity=day&from=2026-13-01&to=" + today, "from");
        assertInvalid(couple, "metric=trust&granularity=day&from=" + today, "to");
        assertInvalid(couple, "metric=trust&granularity=day&from=" + today + "&to=" + today.minusDays(1), "to");
        assertThat(assertInvalid(couple, "metric=trust&granularity=day&from=" + today.minusDays(92) + "&to=" + today, "to"))
                .contains("92");
        assertThat(assertInvalid(couple, "metric=trust&granularity=week&from=" + today.minusWeeks(54) + "&to=" + today, "to"))
                .contains("53");
        assertThat(assertInvalid(couple, "metric=trust&granularity=week&from=" + today.minusDays(372) + "&to="
                + today.minusDays(300), "from")).contains("371");
        assertInvalid(couple, "metric=trust" + ok + "&partner=carol", "partner");
        assertThat(trends(couple, couple.alice(), "metric=trust&granularity=day&from=" + today.minusDays(91) + "&to="
                + today).status()).isEqualTo(200);

        ApiResponse outsider = api().get("/api/couples/" + couple.id() + "/insights/trends?metric=mood",
                TestTokens.mint("carol-" + UUID.randomUUID()));
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.problemType()).isEqualTo("couple-not-found");
    }

    static final String JOURNAL_STATE_GROUP = "insights-journal-state-v1";
    static final String COMMITMENT_WEEKS_GROUP = "insights-commitment-weeks-v1";

    /**
     * Flat cost: the same events, summary and trends for a couple among 1k and among 100k documents
     * of other couples in each weeks collection send the same MongoDB commands, each by {@code _id}
     * alone. Times are printed for the report, never asserted.
     */
    @Test
    void the_same_events_and_reads_cost_the_same_commands_among_1k_and_100k_other_couples() throws Exception {
        seedOtherCouples(1_000);
        Cost small = costOfOneCouple();
        seedOtherCouples(99_000);
        Cost large = costOfOneCouple();

        assertThat(large.applyCommands()).as("apply").isEqualTo(small.applyCommands());
        assertThat(large.readCommands()).as("summary and trends").isEqualTo(small.readCommands());
        System.out.println("[flat cost] insights practices, 1k other couples: " + small);
        System.out.println("[flat cost] insights practices, 100k other couples: " + large);
        // The apply-lag timer of the journal buckets (event time to written: acknowledgement → insight), for the report.
        ApiResponse metrics = api().get("/actuator/prometheus");
        if (metrics.status() == 200) {
            String view = "view=\"insights-journal-weeks\"";
            List<String> buckets = metrics.body().lines()
                    .filter(line -> line.startsWith("hearth_view_apply_lag_seconds_bucket{" + view)).toList();
            long count = buckets.isEmpty() ? 0 : (long) Double.parseDouble(buckets.getLast().substring(buckets.getLast().lastIndexOf(' ') + 1));
            buckets.stream().filter(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) * 2 >= count)
                    .findFirst().ifPresent(median -> System.out.println("[apply lag] journal weeks, " + count
                            + " events, median at most " + median.substring(median.indexOf("le=\"") + 4, median.indexOf("\"}")) + " s"));
        }
    }

    @Test
    void journal_and_outcome_events_applied_twice_and_the_topics_read_again_change_no_bucket() throws Exception {
        Couple couple = formedCouple();
        Instant when = Instant.now().minusSeconds(60);
        for (int i = 0; i < 3; i++) {
            String entry = UUID.randomUUID().toString();
            EntryWritten written = new EntryWritten(entry, couple.id(), couple.alice(), "VULNERABILITY", 5, null);
            events.publish(written, entry, 1, when, "written-" + entry);
            events.publish(written, entry, 1, when, "written-" + entry);
            String promise = UUID.randomUUID().toString();
            PromiseKept kept = new PromiseKept(promise, couple.id(), couple.bob(), couple.alice(), couple.alice());
            events.publish(kept, promise, 1, when, "kept-" + promise);
            events.publish(kept, promise, 1, when, "kept-" + promise);
        }
        JsonNode once = awaitInsights(couple, couple.alice(), body -> body.at("/vulnerability/evidence").asInt() == 3
                && body.at("/consistency/evidence").asInt() == 3);
        String week = couple.id() + ":" + dev.hearth.insights.activity.LocalWeeks.week(LocalDate.now(BERLIN));
        org.bson.Document journalBefore = withoutApplied("journal_weeks_v1", week);
        org.bson.Document outcomesBefore = withoutApplied("commitment_weeks_v1", week);

        views.stop();
        try {
            events.rewind(JOURNAL_WEEKS_GROUP, Topic.JOURNAL.topicName());
            events.rewind(COMMITMENT_WEEKS_GROUP, Topic.COMMITMENTS.topicName());
        } finally {
            views.start();
        }
        Couple marker = formedCouple();
        String entry = UUID.randomUUID().toString();
        var last = events.publish(new EntryWritten(entry, marker.id(), marker.alice(), "REFLECTION", 1, null), entry, 1);
        String promise = UUID.randomUUID().toString();
        var lastOutcome = events.publish(new PromiseKept(promise, marker.id(), marker.alice(), marker.bob(), marker.bob()),
                promise, 1);
        assertThat(awaitConsumed(JOURNAL_WEEKS_GROUP, last)).isTrue();
        assertThat(awaitConsumed(COMMITMENT_WEEKS_GROUP, lastOutcome)).isTrue();

        assertThat(withoutApplied("journal_weeks_v1", week)).isEqualTo(journalBefore);
        assertThat(withoutApplied("commitment_weeks_v1", week)).isEqualTo(outcomesBefore);
        JsonNode again = awaitInsights(couple, couple.alice(), body -> true);
        assertThat(again.at("/vulnerability")).isEqualTo(once.at("/vulnerability"));
        assertThat(again.at("/consistency")).isEqualTo(once.at("/consistency"));
    }

    record Cost(int applyCommands, int readCommands, Duration applyMongoTime, List<Long> summaryMillis,
                List<Long> trendMillis, long largestBucketBytes) {
    }

    private Cost costOfOneCouple() throws Exception {
        Couple couple = formedCouple();
        awaitInsights(couple, couple.alice(), body -> true);
        awaitInsights(couple, couple.bob(), body -> true);
        mongo.clear();
        Instant now = Instant.now();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String conflict = UUID.randomUUID().toString();
        String checkIn = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        applied(events.publish(new EntryWritten(first, couple.id(), couple.alice(), "REFLECTION", 3, null), first, 1),
                JOURNAL_WEEKS_GROUP, JOURNAL_STATE_GROUP);
        applied(events.publish(new EntryWritten(second, couple.id(), couple.alice(), "APPRECIATION", 3, couple.bob()), second, 1),
                JOURNAL_WEEKS_GROUP, JOURNAL_STATE_GROUP);
        applied(events.publish(new EntryAcknowledged(first, couple.id(), couple.alice(), "REFLECTION", couple.bob(), "HEARD",
                now), first, 2), JOURNAL_WEEKS_GROUP, JOURNAL_STATE_GROUP);
        applied(events.publish(new dev.hearth.contracts.journal.ConflictOpened(conflict, couple.id(), couple.alice()),
                conflict, 1), JOURNAL_WEEKS_GROUP, JOURNAL_STATE_GROUP);
        applied(events.publish(new SafetyCheckedIn(checkIn, couple.id(), couple.alice(), 3), checkIn, 1),
                JOURNAL_WEEKS_GROUP, JOURNAL_STATE_GROUP);
        applied(events.publish(new PromiseKept(kept, couple.id(), couple.alice(), couple.bob(), couple.bob()), kept, 1),
                TRUST_GROUP, COMMITMENT_WEEKS_GROUP);
        applied(events.publish(new PromiseBroken(broken, couple.id(), couple.bob(), couple.alice(), couple.alice()), broken, 1),
                TRUST_GROUP, COMMITMENT_WEEKS_GROUP);
        int apply = mongo.on(database()).size();
        Duration applyTime = mongo.elapsed();
        mongo.assertEveryCommandById(database());

        mongo.clear();
        LocalDate today = LocalDate.now(BERLIN);
        String trend = "/api/couples/" + couple.id() + "/insights/trends?metric=esi&granularity=week&from="
                + today.minusWeeks(8) + "&to=" + today;
        assertThat(api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint(couple.alice())).status()).isEqualTo(200);
        assertThat(api().get(trend, TestTokens.mint(couple.alice())).status()).isEqualTo(200);
        int read = mongo.on(database()).size();
        mongo.assertEveryCommandById(database());

        List<Long> summary = new java.util.ArrayList<>();
        List<Long> trends = new java.util.ArrayList<>();
        for (int run = 0; run < 5; run++) {
            summary.add(millis(() -> api().get("/api/couples/" + couple.id() + "/insights", TestTokens.mint(couple.alice()))));
            trends.add(millis(() -> api().get(trend, TestTokens.mint(couple.alice()))));
        }
        String week = couple.id() + ":" + dev.hearth.insights.activity.LocalWeeks.week(today);
        long bytes = Math.max(bytes("journal_weeks_v1", week), bytes("commitment_weeks_v1", week));
        return new Cost(apply, read, applyTime, summary.stream().sorted().toList(), trends.stream().sorted().toList(), bytes);
    }

    private void applied(org.apache.kafka.clients.producer.RecordMetadata record, String... groups) throws Exception {
        for (String group : groups) {
            assertThat(awaitConsumed(group, record)).as(group).isTrue();
        }
    }

    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long bytes(String collection, String id) {
        org.bson.Document document = readModels().getCollection(collection).find(new org.bson.Document("_id", id)).first();
        return document == null ? 0 : org.bson.RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining();
    }

    private org.bson.Document withoutApplied(String collection, String id) {
        org.bson.Document document = readModels().getCollection(collection).find(new org.bson.Document("_id", id)).first();
        assertThat(document).as(collection + " " + id).isNotNull();
        org.bson.Document facts = new org.bson.Document(document);
        facts.remove("_applied");
        return facts;
    }

    /** Documents of other couples, one bucket each in the journal and the commitment weeks. */
    private void seedOtherCouples(int count) {
        String week = dev.hearth.insights.activity.LocalWeeks.week(LocalDate.now(BERLIN));
        String day = LocalDate.now(BERLIN).toString();
        for (String collection : List.of("journal_weeks_v1", "commitment_weeks_v1")) {
            List<org.bson.Document> batch = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(new org.bson.Document("_id", UUID.randomUUID() + ":" + week).append("days", List.of(
                        new org.bson.Document("date", day).append("partners", List.of(new org.bson.Document("userId",
                                "someone-" + i).append("c", new org.bson.Document("bids", 1).append("kept", 1)
                                .append("kw", 1.0).append("tw", 1.0)))))));
                if (batch.size() == 10_000) {
                    readModels().getCollection(collection).insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                readModels().getCollection(collection).insertMany(batch);
            }
        }
    }

    @Test
    void an_erased_couples_buckets_indexes_and_open_conflicts_are_deleted_by_id_and_stay_deleted() throws Exception {
        Couple couple = formedCouple();
        Instant weeksAgo = Instant.now().minus(Duration.ofDays(20));
        String old = UUID.randomUUID().toString();
        events.publish(new EntryWritten(old, couple.id(), couple.alice(), "REFLECTION", 2, null), old, 1, weeksAgo,
                UUID.randomUUID().toString());
        String entry = UUID.randomUUID().toString();
        events.publish(new EntryWritten(entry, couple.id(), couple.alice(), "REFLECTION", 2, null), entry, 1);
        String conflict = UUID.randomUUID().toString();
        events.publish(new dev.hearth.contracts.journal.ConflictOpened(conflict, couple.id(), couple.bob()), conflict, 1);
        String promise = UUID.randomUUID().toString();
        events.publish(new PromiseKept(promise, couple.id(), couple.alice(), couple.bob(), couple.bob()), promise, 1);
        awaitInsights(couple, couple.alice(), body -> body.at("/listening/evidence").asInt() == 2
                && body.at("/conflict/opened").asInt() == 1 && body.at("/consistency/evidence").asInt() == 1);
        List<String> journal = dev.hearth.insights.activity.LocalWeeks.bucketIds(couple.id(), LocalDate.now(BERLIN).minusDays(21),
                LocalDate.now(BERLIN));
        // Each entry is a bid in its week's bucket, or still pending in the couple's index when its fact
        // arrived before the couples view had the couple's timezone (the summary counts both alike).
        assertThat(bidsIn("journal_weeks_v1", journal) + pendingBids("journal_weeks_v1", couple.id() + ":index"))
                .isEqualTo(2);

        mongo.clear();
        events.publish(new dev.hearth.contracts.couple.CoupleErased(couple.id()), couple.id(), 3);
        awaitGone("journal_state_v1", couple.id());
        // late facts of every topic: the tombstone keeps them out
        String late = UUID.randomUUID().toString();
        var lateEntry = events.publish(new EntryWritten(late, couple.id(), couple.alice(), "REFLECTION", 2, null), late, 1);
        String lateConflict = UUID.randomUUID().toString();
        var lateOpened = events.publish(new dev.hearth.contracts.journal.ConflictOpened(lateConflict, couple.id(),
                couple.alice()), lateConflict, 1);
        String latePromise = UUID.randomUUID().toString();
        var lateKept = events.publish(new PromiseKept(latePromise, couple.id(), couple.alice(), couple.bob(), couple.bob()),
                latePromise, 1);
        assertThat(awaitConsumed(JOURNAL_WEEKS_GROUP, lateEntry)).isTrue();
        assertThat(awaitConsumed(JOURNAL_STATE_GROUP, lateOpened)).isTrue();
        assertThat(awaitConsumed(COMMITMENT_WEEKS_GROUP, lateKept)).isTrue();

        mongo.assertEveryCommandById(database());
        for (String id : journal) {
            assertThat(present("journal_weeks_v1", id)).as(id).isFalse();
            assertThat(present("commitment_weeks_v1", id)).as(id).isFalse();
        }
        assertThat(present("journal_weeks_v1", couple.id() + ":index")).isFalse();
        assertThat(present("commitment_weeks_v1", couple.id() + ":index")).isFalse();
        assertThat(present("journal_state_v1", couple.id())).isFalse();
    }

    private void awaitGone(String collection, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (present(collection, id) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The bids the weeks' buckets count (a bucket may also hold the conflict, say). */
    private long bidsIn(String collection, List<String> weekIds) {
        long bids = 0;
        for (String id : weekIds) {
            org.bson.Document week = readModels().getCollection(collection).find(new org.bson.Document("_id", id)).first();
            for (org.bson.Document day : week == null ? List.<org.bson.Document>of() : week.getList("days", org.bson.Document.class)) {
                for (org.bson.Document partner : day.getList("partners", org.bson.Document.class)) {
                    bids += partner.get("c", org.bson.Document.class).get("bids", Number.class).longValue();
                }
            }
        }
        return bids;
    }

    /** The bids waiting in the couple's index (other facts may wait beside them). */
    private long pendingBids(String collection, String indexId) {
        org.bson.Document index = readModels().getCollection(collection).find(new org.bson.Document("_id", indexId)).first();
        return index == null ? 0 : index.getList("pending", org.bson.Document.class, List.of()).stream()
                .filter(fact -> "bid".equals(fact.get("f", org.bson.Document.class).getString("t"))).count();
    }

    private boolean present(String collection, String id) {
        return readModels().getCollection(collection).find(new org.bson.Document("_id", id)).first() != null;
    }

    private String assertInvalid(Couple couple, String query, String parameter) {
        ApiResponse response = trends(couple, couple.alice(), query);
        assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("invalid-request");
        assertThat(response.body()).as(query).contains(parameter);
        return response.json().at("/detail").asString();
    }

    private ApiResponse trends(Couple couple, String caller, String query) {
        return api().get("/api/couples/" + couple.id() + "/insights/trends?" + query, TestTokens.mint(caller));
    }

    private void outcome(String coupleId, String promiser, String promisee, boolean kept) {
        String promise = UUID.randomUUID().toString();
        events.publish(kept ? new PromiseKept(promise, coupleId, promiser, promisee, promisee)
                : new PromiseBroken(promise, coupleId, promiser, promisee, promisee), promise, 1);
    }

    /** {@code count} bids by alice; bob answers the first {@code answered} within a minute. */
    private void bids(Couple couple, int count, int answered) {
        Instant written = Instant.now().minusSeconds(120);
        for (int i = 0; i < count; i++) {
            String entry = UUID.randomUUID().toString();
            events.publish(new EntryWritten(entry, couple.id(), couple.alice(), "REFLECTION", 4, null), entry, 1,
                    written, UUID.randomUUID().toString());
            if (i < answered) {
                events.publish(new EntryAcknowledged(entry, couple.id(), couple.alice(), "REFLECTION", couple.bob(), "HEARD",
                        written), entry, 2, written.plusSeconds(40), UUID.randomUUID().toString());
            }
        }
    }

    private boolean awaitConsumed(String group, org.apache.kafka.clients.producer.RecordMetadata record) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (events.consumed(group, record)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
