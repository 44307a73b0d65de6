package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.promise.Promise;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.view.PromiseListView;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.test.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The promise list and the membership view against the rules of docs/architecture.md, "Read models
 * at constant cost": every command to MongoDB by {@code _id} alone, documents bounded whatever the
 * history, replays harmless, and an event that can never be listed parked without stopping the view.
 */
abstract class PromiseListViewIntegrationTest extends ServiceIntegrationTest {

    private static final String PARTS = PromiseListView.PARTS_COLLECTION;
    /** For events that are never listed: the list parks them before it would open anything. */
    private static final Sealed NEVER_OPENED = new Sealed(1, "AAAAAAAAAAAAAAAA", "c2VhbGVkIHdvcmRz");

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModels;
    @Autowired
    Vault vault;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_session_of_making_keeping_and_listing_sends_mongodb_nothing_but_id_lookups() {
        Couple couple = couple();
        mongo.clear();

        String promise = make(couple, "Call the plumber");
        keep(couple, promise);
        make(couple, "Plan the weekend");
        awaitListed(couple, 2);
        api.get(couple.promises() + "?status=KEPT&limit=1", token(couple.bob()));
        api.get(couple.promises() + "/" + promise, token(couple.alice()));
        api.get(couple.promises(), token(user("mallory")));

        mongo.assertEveryCommandById(readModels.getName());
    }

    @Test
    void ten_thousand_events_of_one_couple_leave_every_document_under_a_fixed_size() {
        Couple couple = couple();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        List<String> promises = new ArrayList<>();
        // Sealed as the aggregate seals (the couple's first key made in a transaction), for the list opens them.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 5_000; i++) {
                String promiseId = UUID.randomUUID().toString();
                promises.add(promiseId);
                String description = "Promise number " + i + " with a description of some length";
                events.add(new GenericDomainEventMessage<>("Promise", promiseId, 0, new PromiseMade(promiseId, couple.id(),
                        couple.alice(), couple.bob(), vault.seal(Promise.descriptionOf(couple.id(), promiseId), description),
                        "1:unused", null)));
                events.add(new GenericDomainEventMessage<>("Promise", promiseId, 1, new PromiseKept(promiseId, couple.id(),
                        couple.alice(), couple.bob(), couple.bob(), vault.seal(Promise.keptNoteOf(couple.id(), promiseId), "done"))));
            }
        });
        for (int from = 0; from < events.size(); from += 1_000) {
            eventStore.publish(events.subList(from, from + 1_000));
        }

        await().atMost(java.time.Duration.ofSeconds(120)).until(() -> listed(couple, "KEPT", 100) == 100
                && parts(couple.id()).get("count", 0L).longValue() == 5_000 && lastItem(couple.id(), 4_999).getString("status").equals("KEPT"));
        for (Document document : readModels.getCollection(PARTS).find(new Document("_id", new Document("$regex", "^" + couple.id())))) {
            // A part holds 10 promises of at most 500-character descriptions; the index, 128 recent digests.
            assertThat(RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining())
                    .as(document.getString("_id")).isLessThan(128 * 1024);
        }
        assertThat(readModels.getCollection(PromiseListView.LOCATIONS_COLLECTION).find(new Document("_id", promises.get(4_321))).first())
                .isNotNull();

        // A filter that matches nothing stops after a bounded number of parts: a short page, and where to go on.
        mongo.clear();
        ApiResponse none = api.get(couple.promises() + "?promiserId=nobody", token(couple.alice()));
        assertThat(none.json().path("items")).isEmpty();
        assertThat(none.json().path("next").isNull()).isFalse();
        assertThat(mongo.notById(readModels.getName())).isEmpty();
    }

    @Test
    void the_list_filters_by_status_promiser_and_due_window_from_documents_read_by_id() {
        Couple couple = couple();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String inADay = make(couple, couple.alice(), couple.bob(), "x", now.plus(java.time.Duration.ofDays(1)));
        String inTwoDays = make(couple, couple.alice(), couple.bob(), "x", now.plus(java.time.Duration.ofDays(2)));
        String undated = make(couple, couple.alice(), couple.bob(), "x", null);
        String bobs = make(couple, couple.bob(), couple.alice(), "x", now.plus(java.time.Duration.ofDays(3)));
        keep(couple, inADay);
        awaitListed(couple, 4);
        await().atMost(WITHIN).until(() -> listed(couple, "KEPT", 100) == 1);
        mongo.clear();

        assertThat(ids(couple, "?promiserId=" + couple.bob())).containsExactly(bobs);
        assertThat(ids(couple, "?status=OPEN&promiserId=" + couple.alice())).containsExactly(undated, inTwoDays);
        assertThat(ids(couple, "?dueAfter=" + now.plus(java.time.Duration.ofDays(1)) + "&dueBefore=" + now.plus(java.time.Duration.ofDays(3))))
                .as("dueAfter inclusive, dueBefore exclusive, undated skipped").containsExactly(inTwoDays, inADay);
        assertThat(ids(couple, "?dueBefore=" + now.plus(java.time.Duration.ofDays(10)) + "&limit=1")).containsExactly(bobs);
        assertThat(mongo.notById(readModels.getName())).isEmpty();

        assertInvalid(api.get(couple.promises() + "?status=LATE", token(couple.alice())), "status",
                "OPEN, KEPT, BROKEN, MISSED, RELEASED, WITHDRAWN");
        assertInvalid(api.get(couple.promises() + "?dueAfter=" + now + "&dueBefore=" + now, token(couple.alice())), "dueAfter", "before");
        assertInvalid(api.get(couple.promises() + "?dueAfter=tomorrow", token(couple.alice())), "dueAfter", "ISO-8601");
        assertInvalid(api.get(couple.promises() + "?promiserId=" + "x".repeat(200), token(couple.alice())), "promiserId", "user id");
    }

    @Test
    void pages_cross_parts_newest_first_and_read_their_parts_in_batches_by_id() {
        Couple couple = couple();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 2 * PromiseListView.PART_SIZE + 3; i++) {
            made.add(make(couple, "Promise " + i));
        }
        awaitListed(couple, made.size());
        List<String> newestFirst = new ArrayList<>(made);
        java.util.Collections.reverse(newestFirst);
        mongo.clear();

        List<String> paged = new ArrayList<>();
        String query = "?limit=4";
        int pages = 0;
        while (query != null) {
            ApiResponse page = api.get(couple.promises() + query, token(couple.alice()));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().path("items").forEach(item -> paged.add(item.path("promiseId").asString()));
            String next = page.json().path("next").asString(null);
            query = next == null ? null : "?limit=4&cursor=" + next;
            pages++;
        }

        assertThat(paged).containsExactlyElementsOf(newestFirst);
        assertThat(pages).isEqualTo((made.size() + 3) / 4);
        assertThat(ids(couple, "?limit=100")).containsExactlyElementsOf(newestFirst);
        assertThat(mongo.notById(readModels.getName())).isEmpty();
    }

    private List<String> ids(Couple couple, String query) {
        ApiResponse page = api.get(couple.promises() + query, token(couple.alice()));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("promiseId").asString()));
        return ids;
    }

    private static void assertInvalid(ApiResponse answer, String field, String says) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("invalid-request");
        assertThat(answer.json().path("detail").asString()).contains(field).contains(says);
    }


    @Test
    void a_batch_reads_the_promises_its_outcomes_touch_in_one_batched_read_not_a_read_per_event() {
        List<Couple> couples = List.of(couple(), couple(), couple(), couple(), couple(), couple());
        List<GenericDomainEventMessage<?>> made = new ArrayList<>();
        List<GenericDomainEventMessage<?>> kept = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> couples.forEach(couple -> {
            for (int i = 0; i < 4; i++) {
                String promiseId = UUID.randomUUID().toString();
                made.add(new GenericDomainEventMessage<>("Promise", promiseId, 0, new PromiseMade(promiseId, couple.id(),
                        couple.alice(), couple.bob(), vault.seal(Promise.descriptionOf(couple.id(), promiseId), "Promise " + i),
                        "1:unused", null)));
                kept.add(new GenericDomainEventMessage<>("Promise", promiseId, 1, new PromiseKept(promiseId, couple.id(),
                        couple.alice(), couple.bob(), couple.bob(), vault.seal(Promise.keptNoteOf(couple.id(), promiseId), "done"))));
            }
        }));
        eventStore.publish(made);
        couples.forEach(couple -> awaitListed(couple, 4));
        TrackingEventProcessor processor = processing.eventProcessor(PromiseListView.PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        eventStore.publish(kept);
        mongo.clear();
        processor.start();

        couples.forEach(couple -> await().atMost(WITHIN).until(() -> listed(couple, "KEPT", 100) == 4));
        // Only the view reads locations (a page reads the index and parts). One read per outcome would be 24; the
        // 24 outcomes arrive in one batch of up to 100, or two if the processor polls half-way.
        assertThat(mongo.on(readModels.getName()).stream().filter(command -> command.name().equals("find")
                && command.collection().equals(PromiseListView.LOCATIONS_COLLECTION))).hasSizeBetween(1, 2);
        assertThat(mongo.notById(readModels.getName())).isEmpty();
    }

    @Test
    void replaying_the_whole_event_store_into_the_list_changes_no_document() {
        Couple couple = couple();
        String kept = make(couple, "Fix the bike");
        keep(couple, kept);
        make(couple, "Book the trip");
        String released = make(couple, "Call the plumber");
        assertThat(api.post(couple.promises() + "/" + released + "/release", token(couple.bob()), "{}").status()).isEqualTo(200);
        String renegotiated = make(couple, "Paint the fence");
        assertThat(api.post(couple.promises() + "/" + renegotiated + "/renegotiate", token(couple.alice()),
                "{\"description\":\"Paint the gate\"}").status()).isEqualTo(200);
        awaitListed(couple, 4);
        await().atMost(WITHIN).until(() -> lastItem(couple.id(), 0).getString("status").equals("KEPT")
                && lastItem(couple.id(), 2).getString("status").equals("RELEASED")
                && lastItem(couple.id(), 3).get("seq", Number.class).longValue() == 1);
        Document before = parts(couple.id() + ":0");

        TrackingEventProcessor processor = processing.eventProcessor(PromiseListView.PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(WITHIN).until(() -> processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp())
                && !processor.processingStatus().isEmpty());

        assertThat(parts(couple.id() + ":0")).isEqualTo(before);
    }

    @Test
    void a_promise_that_can_never_be_listed_is_parked_and_the_list_goes_on_for_everyone_else() {
        Couple poisoned = couple();
        Couple other = couple();
        String impossible = UUID.randomUUID().toString();
        // Stored before due dates were bounded: beyond what a BSON date can hold.
        eventStore.publish(new GenericDomainEventMessage<>("Promise", impossible, 0, new PromiseMade(impossible,
                poisoned.id(), poisoned.alice(), poisoned.bob(), NEVER_OPENED, "1:unused", Instant.parse("+300000000-01-01T00:00:00Z"))));

        make(other, "Water the plants");
        awaitListed(other, 1);

        await().atMost(WITHIN).until(() -> parked(poisoned.id()) == 1);
        assertThat(listed(poisoned, null, 20)).isZero();
    }


    private void keep(Couple couple, String promiseId) {
        ApiResponse kept = api.post(couple.promises() + "/" + promiseId + "/keep", token(couple.bob()), "{}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    }

    private void awaitListed(Couple couple, int count) {
        await().atMost(WITHIN).until(() -> listed(couple, null, 100) >= count);
    }

    private int listed(Couple couple, String status, int limit) {
        ApiResponse page = api.get(couple.promises() + "?limit=" + limit + (status == null ? "" : "&status=" + status),
                token(couple.alice()));
        return page.status() == 200 ? page.json().path("items").size() : -1;
    }

    private Document parts(String id) {
        Document document = readModels.getCollection(PARTS).find(new Document("_id", id)).first();
        return document == null ? new Document() : document;
    }

    private Document lastItem(String coupleId, long n) {
        List<Document> items = parts(coupleId + ":" + (n / PromiseListView.PART_SIZE)).getList("items", Document.class, List.of());
        return items.size() > n % PromiseListView.PART_SIZE ? items.get((int) (n % PromiseListView.PART_SIZE)) : new Document("status", "none");
    }

    private int parked(String coupleId) {
        Integer rows = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from deadletterentry where processinggroup = ? and sequenceidentifier = ?",
                Integer.class, PromiseListView.PROCESSOR, coupleId);
        return rows == null ? 0 : rows;
    }
}
