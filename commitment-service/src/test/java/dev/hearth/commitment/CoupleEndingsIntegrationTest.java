package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import tools.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.commitment.promise.MakePromise;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.commitment.promise.PromiseReleased;
import dev.hearth.commitment.promise.view.PromiseListView;
import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.consumer.view.TopicViews;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.keys.CoupleKeyRefused;
import dev.hearth.platform.mongo.Roster;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A couple ends: a partner leaves (their promises released without blame, the leaver 404 at once, the
 * couple read-only for whoever remains) or it is erased (tombstones: nothing comes back).
 */
abstract class CoupleEndingsIntegrationTest extends ServiceIntegrationTest {

    private static final String MEMBERSHIPS = "commitment-memberships-v1";

    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModels;
    @Autowired
    EventStore eventStore;
    @Autowired
    PromiseListView promiseListView;
    @Autowired
    Commands commands;
    @Autowired
    TopicViews views;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_leave_releases_every_open_promise_by_the_leaver_and_closes_the_couple() throws Exception {
        Couple couple = couple();
        Instant dueAt = Instant.now().plusSeconds(8);
        String due = make(couple, "Water the plants", dueAt);
        String open = make(couple, couple.bob(), couple.alice(), "Call your mother", null);
        String kept = make(couple, "Book the table");
        assertThat(api.post(couple.promises() + "/" + kept + "/keep", token(couple.bob()), "{}").status()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> api.get(couple.promises(), token(couple.alice())).json().path("items").size() == 3);

        couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);

        for (String promiseId : java.util.List.of(due, open)) {
            JsonNode released = await().atMost(WITHIN).until(() -> promise(couple, promiseId),
                    promise -> promise.path("status").asString().equals("RELEASED"));
            assertThat(released.path("history").get(1).path("recordedBy").asString()).isEqualTo(couple.bob());
            assertThat(released.path("history").get(1).path("reason").asString()).isEqualTo("PARTNER_LEFT");
            assertThat(pendingDeadlines(promiseId)).isZero();
        }
        assertThat(promise(couple, kept).path("status").asString()).isEqualTo("KEPT");
        assertProblem(api.get(couple.promises(), token(couple.bob())), 404, "couple-not-found");
        assertProblem(api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"One more\"}".formatted(couple.bob())), 409, "couple-closed");
        assertProblem(api.post(couple.promises() + "/" + kept + "/keep", token(couple.alice()), "{}"), 409, "couple-closed");
        assertThat(api.get(couple.promises(), token(couple.alice())).status()).isEqualTo(200);

        // The leave again (a redelivery, then a late copy): nothing more is released.
        couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);
        RecordMetadata again = couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 4);
        await().atMost(WITHIN).until(() -> couplesTopic().consumed(MEMBERSHIPS, again));
        assertThat(storedEvents(due, PromiseReleased.class.getName())).isEqualTo(1);
        assertThat(storedEvents(open, PromiseReleased.class.getName())).isEqualTo(1);

        // Past the due time (the grace is 0 s in tests) the deadline, cancelled, records no miss.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()) + 1500);
        assertThat(storedEvents(due, PromiseMissed.class.getName())).isZero();
    }

    @Test
    void a_promise_the_list_files_only_after_the_leave_is_released_once_by_the_leaver() {
        Couple couple = couple();
        TrackingEventProcessor listView = processing.eventProcessor(PromiseListView.PROCESSOR, TrackingEventProcessor.class)
                .orElseThrow();
        String promiseId;
        listView.shutDown();
        try {
            // Made a moment before the leave: in the event store, not in the list the leave reads.
            promiseId = make(couple, "Fix the shelf");
            RecordMetadata left = couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);
            await().atMost(WITHIN).until(() -> couplesTopic().consumed(MEMBERSHIPS, left));
            assertThat(memberships.find(couple.id()).orElseThrow().closed()).isTrue();
            assertThat(promise(couple, promiseId).path("status").asString()).isEqualTo("OPEN");
        } finally {
            listView.start();
        }

        JsonNode released = await().atMost(WITHIN).until(() -> promise(couple, promiseId),
                promise -> promise.path("status").asString().equals("RELEASED"));
        assertThat(released.path("history").get(1).path("recordedBy").asString()).isEqualTo(couple.bob());
        assertThat(released.path("history").get(1).path("reason").asString()).isEqualTo("PARTNER_LEFT");
        await().atMost(WITHIN).until(() -> api.get(couple.promises(), token(couple.alice())).json().path("items").get(0),
                item -> item != null && item.path("status").asString().equals("RELEASED"));
        // A redelivered leave finds nothing open: still the one release.
        RecordMetadata again = couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);
        await().atMost(WITHIN).until(() -> couplesTopic().consumed(MEMBERSHIPS, again));
        assertThat(storedEvents(promiseId, PromiseReleased.class.getName())).isEqualTo(1);
    }

    @Test
    void every_instance_refuses_a_leaver_at_once_even_before_the_membership_view_records_the_leave() {
        Couple couple = couple();
        assertThat(api.get(couple.promises(), token(couple.bob())).status()).isEqualTo(200);
        views.stop();
        try {
            couplesTopic().publish(new PartnerLeft(couple.id(), couple.bob()), 3);

            await().atMost(WITHIN).until(() -> api.get(couple.promises(), token(couple.bob())).status() == 404);
            assertThat(memberships.find(couple.id()).orElseThrow().members()).contains(couple.bob());
            assertThat(api.get(couple.promises(), token(couple.alice())).status()).isEqualTo(200);
        } finally {
            views.start();
        }
    }

    @Test
    void an_erasure_drops_the_couple_for_good_whatever_arrives_late() {
        Couple couple = couple();
        String made = make(couple, "Water the plants");
        String kept = make(couple, "Book the table");
        assertThat(api.post(couple.promises() + "/" + kept + "/keep", token(couple.bob()), "{}").status()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> readModel(PromiseListView.PARTS_COLLECTION, couple.id()) != null
                && readModel(PromiseListView.PARTS_COLLECTION, couple.id()).get("count", Number.class).intValue() == 2);
        assertThat(keyRows(couple.id())).isPositive();
        mongo.clear();

        couplesTopic().publish(new CoupleErased(couple.id()), 3);

        await().atMost(WITHIN).until(() -> readModel(PromiseListView.PARTS_COLLECTION, couple.id()) == null);
        assertDropped(couple, made, kept);
        Document tombstone = readModel(MembershipView.COLLECTION, couple.id());
        assertThat(tombstone.keySet()).containsExactlyInAnyOrder("_id", "erased", "erasedAt", "_applied");
        assertThat(tombstone.toJson()).doesNotContain(couple.alice()).doesNotContain(couple.bob());
        assertThat(keyRows(couple.id())).isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from erased_couple where couple_id = ?",
                Integer.class, couple.id())).isEqualTo(1);
        // A make that passed the membership check just before the erasure finds no key, and may not make one.
        assertThat(catchThrowable(() -> commands.send(new MakePromise(UUID.randomUUID().toString(), couple.id(),
                couple.alice(), couple.bob(), "Too late", null)))).isInstanceOf(CoupleKeyRefused.class);
        assertThat(keyRows(couple.id())).isZero();

        // Redelivered (old sequences) and late (new sequences) couple events, then a late promise and outcome.
        couplesTopic().publish(new CoupleStarted(couple.id(), couple.alice(), "UTC"), 0);
        couplesTopic().publish(new PartnerJoined(couple.id(), couple.bob()), 2);
        couplesTopic().publish(new CoupleStarted(couple.id(), couple.alice(), "UTC"), 10);
        RecordMetadata last = couplesTopic().publish(new PartnerJoined(couple.id(), couple.bob()), 11);
        String late = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Promise", late, 0, lateMade(couple, late)),
                new GenericDomainEventMessage<>("Promise", made, 5,
                        new PromiseKept(made, couple.id(), couple.alice(), couple.bob(), couple.bob(), null)));
        Couple marker = couple();
        make(marker, "After the late events");
        await().atMost(WITHIN).until(() -> couplesTopic().consumed(MEMBERSHIPS, last)
                && readModel(PromiseListView.PARTS_COLLECTION, marker.id()) != null);

        assertDropped(couple, made, kept, late);
        assertThat(readModel(MembershipView.COLLECTION, couple.id()).getBoolean("erased")).isTrue();
        mongo.assertEveryCommandById(readModels.getName());
    }

    @Test
    void a_batch_of_the_promise_view_in_flight_when_the_couple_is_erased_is_dropped_when_it_commits() {
        Couple couple = couple();
        String late = UUID.randomUUID().toString();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        promiseListView.on(lateMade(couple, late), 0, Instant.now());

        couplesTopic().publish(new CoupleErased(couple.id()), 3);
        await().atMost(WITHIN).until(() -> Roster.isTombstone(readModel(MembershipView.COLLECTION, couple.id())));
        batch.commit();

        assertThat(readModel(PromiseListView.PARTS_COLLECTION, couple.id())).isNull();
        assertThat(readModel(PromiseListView.PARTS_COLLECTION, couple.id() + ":0")).isNull();
        assertThat(readModel(PromiseListView.LOCATIONS_COLLECTION, late)).isNull();
    }

    private void assertDropped(Couple couple, String... promiseIds) {
        assertThat(readModel(PromiseListView.PARTS_COLLECTION, couple.id() + ":0")).isNull();
        for (String promiseId : promiseIds) {
            assertThat(readModel(PromiseListView.LOCATIONS_COLLECTION, promiseId)).isNull();
            assertProblem(api.get(couple.promises() + "/" + promiseId, token(couple.alice())), 404, "couple-not-found");
        }
        assertProblem(api.get(couple.promises(), token(couple.alice())), 404, "couple-not-found");
        assertProblem(api.get(couple.promises(), token(couple.bob())), 404, "couple-not-found");
    }

    private static PromiseMade lateMade(Couple couple, String promiseId) {
        return new PromiseMade(promiseId, couple.id(), couple.alice(), couple.bob(),
                new Sealed(1, "bGF0ZS1ub25jZQ", "bGF0ZS1jdA"), "1:bGF0ZQ", null, null);
    }

    private @Nullable Document readModel(String collection, String id) {
        return readModels.getCollection(collection).find(new Document("_id", id)).first();
    }

    private int keyRows(String coupleId) {
        Integer rows = new JdbcTemplate(dataSource).queryForObject("select count(*) from couple_key where couple_id = ?",
                Integer.class, coupleId);
        return rows == null ? 0 : rows;
    }

    private JsonNode promise(Couple couple, String promiseId) {
        ApiResponse answer = api.get(couple.promises() + "/" + promiseId, token(couple.alice()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
