package dev.hearth.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.hearth.journal.checkin.SafetyCheckedIn;
import dev.hearth.journal.conflict.ConflictOpened;
import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.journal.couple.PartnerLeft;
import dev.hearth.journal.conflict.ConflictResolved;
import dev.hearth.journal.conflict.RepairAttempted;
import dev.hearth.journal.conflict.Resolution;
import dev.hearth.journal.entry.EntryAcknowledged;
import dev.hearth.journal.entry.EntryKind;
import dev.hearth.journal.entry.EntryWritten;
import dev.hearth.journal.entry.Response;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.journal.view.JournalViewStore;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.test.MongoCommands.Command;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The journal view against the rules of docs/architecture.md, "Read models at constant cost": MongoDB
 * sees nothing but {@code _id} lookups and writes, an event costs the same commands in a collection of
 * 1,000 documents and of 100,000, a replay changes no document, documents stay bounded however long a
 * couple writes, and an event that can never be applied holds back its own couple only.
 */
public abstract class JournalViewIntegrationTest extends JournalSuite {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Sealed SEALED = new Sealed(1, "AAAAAAAAAAAAAAAA", "c2VhbGVkIHdvcmRz");
    private static final List<String> COLLECTIONS = List.of("entries_v1", "conflicts_v1", "check_ins_v1",
            "journal_heads_v1", "journal_locators_v1");

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModels;

    @Test
    void a_session_of_writing_answering_and_listing_sends_mongodb_nothing_but_id_lookups() {
        Couple couple = couple();
        mongo.clear();

        String entry = writeBothKindsAndAcknowledge(couple);
        String conflict = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "three")).text("conflictId");
        api.post(couple.conflicts() + "/" + conflict + "/repairs", token(couple.bob()), Map.of("note", "four"));
        api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "five"));
        api.post(couple.conflicts() + "/" + conflict + "/resolve", token(couple.bob()), Map.of("resolution", "AGREEMENT"));
        api.post(couple.checkIns(), token(couple.bob()), Map.of("safety", 3));
        await().atMost(WITHIN).until(() -> api.get(couple.checkIns(), token(couple.bob())).json().path("items").size() == 1
                && api.get(couple.conflicts(), token(couple.bob())).json().path("items").size() == 2
                && api.get(couple.entries(), token(couple.alice())).json().path("items").size() == 2);
        api.get(couple.entries() + "?limit=1", token(couple.bob()));
        api.get(couple.conflicts() + "?limit=1", token(couple.bob()));
        api.get(couple.entries() + "/" + entry, token(couple.alice()));
        api.get(couple.entries(), token(user("mallory")));

        mongo.assertEveryCommandById(readModels.getName());
    }

    @Test
    void an_event_costs_the_same_commands_among_a_thousand_documents_and_among_a_hundred_thousand() {
        fillTo(1_000);
        Round small = round();
        fillTo(100_000);
        Round large = round();

        System.out.printf(Locale.ROOT, "[journal-view cost] %d events: %d commands at %d documents (%.3f ms of MongoDB per event),"
                        + " %d commands at %d documents (%.3f ms per event)%n", Round.EVENTS, small.commands().size(),
                small.documents(), small.mongoMillisPerEvent(), large.commands().size(), large.documents(),
                large.mongoMillisPerEvent());
        assertThat(large.documents()).isGreaterThanOrEqualTo(100_000);
        assertThat(small.commands()).isNotEmpty().allMatch(Command::byIdAlone);
        assertThat(large.commands()).allMatch(Command::byIdAlone);
        assertThat(shape(large.commands())).isEqualTo(shape(small.commands()));
    }

    @Test
    void replaying_the_couples_events_changes_no_document_of_the_view() {
        Instant before = Instant.now().minusSeconds(1);
        Couple couple = couple();
        writeBothKindsAndAcknowledge(couple);
        String conflict = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "three")).text("conflictId");
        api.post(couple.conflicts() + "/" + conflict + "/repairs", token(couple.bob()), Map.of("note", "four"));
        api.post(couple.conflicts() + "/" + conflict + "/resolve", token(couple.bob()), Map.of("resolution", "AGREEMENT"));
        api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "five"));
        api.post(couple.checkIns(), token(couple.bob()), Map.of("safety", 3));
        await().atMost(WITHIN).until(() -> api.get(couple.checkIns(), token(couple.bob())).json().path("items").size() == 1
                && api.get(couple.conflicts(), token(couple.bob())).json().path("items").size() == 2);
        awaitCaughtUp();
        Map<String, Document> documents = documentsOf(couple.id());

        assertTwoReplaysLeave(documents, couple, before);
        assertThat(documents.keySet()).contains("journal_heads_v1:" + couple.id() + "/entries",
                "conflicts_v1:" + couple.id() + "/open-conflicts", "journal_heads_v1:" + couple.id() + "/" + couple.alice() + "/private",
                "journal_heads_v1:" + couple.id() + "/" + couple.bob() + "/check-ins");
    }

    @Test
    void an_erased_couple_keeps_its_tombstone_alone_through_redelivery_and_replay() {
        Instant before = Instant.now().minusSeconds(1);
        Couple couple = couple();
        writeBothKindsAndAcknowledge(couple);
        api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "three"));
        api.post(couple.checkIns(), token(couple.bob()), Map.of("safety", 3));
        assertThat(api.send("DELETE", couple.path(), Map.of("Authorization", "Bearer " + token(couple.alice())), null).status())
                .isEqualTo(202);
        awaitCaughtUp();
        Map<String, Document> documents = documentsOf(couple.id());
        assertThat(documents).containsOnlyKeys("journal_heads_v1:" + couple.id());

        assertTwoReplaysLeave(documents, couple, before);
    }

    @Test
    void ten_thousand_events_of_one_couple_leave_every_document_it_touched_under_a_fixed_size() {
        String couple = UUID.randomUUID().toString();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String entry = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("JournalEntry", entry, 0, new EntryWritten(entry, couple, "bob",
                    EntryKind.REFLECTION, i % 5 == 0 ? Visibility.PRIVATE : Visibility.SHARED, SEALED, SEALED, null, 3, "1:f")));
            if (i % 5 != 0) {
                events.add(new GenericDomainEventMessage<>("JournalEntry", entry, 1, new EntryAcknowledged(entry, couple, "bob",
                        EntryKind.REFLECTION, "alice", Response.HEARD, Instant.now())));
            }
        }
        for (int i = 0; i < 1_000; i++) {
            String conflict = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("Conflict", conflict, 0, new ConflictOpened(conflict, couple, "alice", SEALED, "1:f")));
            if (i % 2 == 0) {
                events.add(new GenericDomainEventMessage<>("Conflict", conflict, 1, new RepairAttempted(conflict, couple, "bob", 1, SEALED)));
                events.add(new GenericDomainEventMessage<>("Conflict", conflict, 2, new ConflictResolved(conflict, couple, "bob",
                        Resolution.AGREEMENT, Instant.now())));
            }
        }
        for (int from = 0; from < events.size(); from += 1_000) {
            eventStore.publish(events.subList(from, Math.min(events.size(), from + 1_000)));
        }
        awaitCaughtUp();

        Map<String, Document> documents = documentsOf(couple);
        assertThat(documents.get("journal_heads_v1:" + couple + "/entries").getLong("count")).isEqualTo(4_000);
        assertThat(documents.get("journal_heads_v1:" + couple + "/bob/private").getLong("count")).isEqualTo(1_000);
        assertThat(documents.get("journal_heads_v1:" + couple + "/conflicts").getLong("count")).isEqualTo(1_000);
        // The newest 200 of the 500 open conflicts are listed first; the others by date among the resolved ones.
        assertThat(documents.get("conflicts_v1:" + couple + "/open-conflicts").getList("open", Document.class)).hasSize(200);
        assertThat(documents.values()).allSatisfy(document -> {
            assertThat(document.getList("items", Document.class, List.of())).hasSizeLessThanOrEqualTo(100);
            // 100 items of this size, or 200 open conflicts by reference: some tens of kilobytes.
            assertThat(RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining())
                    .as(document.getString("_id")).isLessThan(64 * 1024);
        });
    }

    @Test
    void an_event_that_can_never_be_applied_is_parked_and_holds_back_its_own_couple_only() {
        Couple poisoned = couple();
        Couple other = couple();
        poison(poisoned);
        write(poisoned, poisoned.alice(), "SHARED", "behind the poison");
        String listed = write(other, other.alice(), "SHARED", "goes on");

        await().atMost(WITHIN).until(() -> api.get(other.entries(), token(other.bob())).json().path("items").size() == 1);
        await().atMost(WITHIN).until(() -> parked(poisoned.id()) >= 1);
        assertThat(api.get(other.entries(), token(other.bob())).json().at("/items/0/entryId").asString()).isEqualTo(listed);
        assertThat(api.get(poisoned.entries(), token(poisoned.bob())).json().path("items")).isEmpty();
    }

    @Test
    void erasing_a_couple_drops_its_parked_events_and_its_erasure_is_not_held_back_by_them() {
        Couple poisoned = couple();
        poison(poisoned);
        await().atMost(WITHIN).until(() -> parked(poisoned.id()) >= 1);

        assertThat(api.send("DELETE", poisoned.path(), Map.of("Authorization", "Bearer " + token(poisoned.alice())), null)
                .status()).isEqualTo(202);

        awaitCaughtUp();
        await().atMost(WITHIN).until(() -> parked(poisoned.id()) == 0);
        assertThat(documentsOf(poisoned.id())).containsOnlyKeys("journal_heads_v1:" + poisoned.id());
    }

    /** An answer to an entry that was never written: nothing in the view to answer, so the view parks it. */
    private void poison(Couple couple) {
        String never = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("JournalEntry", never, 0, new EntryAcknowledged(never,
                couple.id(), couple.alice(), EntryKind.REFLECTION, couple.bob(), Response.HEARD, Instant.now())));
    }

    /** Bob's shared entry, which alice acknowledges, and her private one: the shared one's id. */
    private String writeBothKindsAndAcknowledge(Couple couple) {
        String entry = write(couple, couple.bob(), "SHARED", "one");
        write(couple, couple.alice(), "PRIVATE", "two");
        api.post(couple.entries() + "/" + entry + "/acknowledgements", token(couple.alice()), Map.of("response", "HEARD"));
        return entry;
    }

    /** Replays the view from {@code before}, twice: neither changes a document of the couple. */
    private void assertTwoReplaysLeave(Map<String, Document> documents, Couple couple, Instant before) {
        for (int replay = 0; replay < 2; replay++) {
            TrackingEventProcessor processor = processor();
            processor.shutDown();
            processor.resetTokens(source -> source.createTokenAt(before));
            processor.start();
            awaitCaughtUp();
            assertThat(documentsOf(couple.id())).as("after replay %d", replay + 1).isEqualTo(documents);
        }
    }

    /** One fixed script of {@value #EVENTS} events of a new couple, taken by the view in one batch. */
    /**
     * A round applied in one processor batch. Axon's event stream now and then ends a batch early (a round
     * of 42 events in two batches, a few runs in ten, in either round): the second batch reads again and
     * the first writes what the one batch would not have, which says nothing about the store's size. Each
     * batch reads the couple's tombstone first, so a round with two such reads is played again, with a
     * new couple.
     */
    private Round round() {
        Round round = null;
        for (int attempt = 0; attempt < 5 && (round == null || round.batches() != 1); attempt++) {
            round = roundOfNewCouple();
        }
        assertThat(round.batches()).as("a round applied in one batch in five attempts").isEqualTo(1);
        return round;
    }

    private Round roundOfNewCouple() {
        awaitCaughtUp();
        String couple = UUID.randomUUID().toString();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String entry = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("JournalEntry", entry, 0, new EntryWritten(entry, couple, "bob",
                    EntryKind.VULNERABILITY, i < 8 ? Visibility.SHARED : Visibility.PRIVATE, SEALED, null, null, 3, "1:f")));
            if (i < 8) {
                events.add(new GenericDomainEventMessage<>("JournalEntry", entry, 1, new EntryAcknowledged(entry, couple, "bob",
                        EntryKind.VULNERABILITY, "alice", Response.EMPATHY, Instant.now())));
            }
        }
        for (int i = 0; i < 4; i++) {
            String conflict = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("Conflict", conflict, 0, new ConflictOpened(conflict, couple, "alice", SEALED, "1:f")));
            events.add(new GenericDomainEventMessage<>("Conflict", conflict, 1, new RepairAttempted(conflict, couple, "bob", 1, null)));
            events.add(new GenericDomainEventMessage<>("Conflict", conflict, 2, new ConflictResolved(conflict, couple, "bob",
                    Resolution.COMPROMISE, Instant.now())));
        }
        for (int i = 0; i < 10; i++) {
            String checkIn = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("CheckIn", checkIn, 0, new SafetyCheckedIn(checkIn, couple, "alice", SEALED,
                    null, "1:f")));
        }
        // Then bob leaves (his private list is dropped) and alice erases: both by _id, whatever the collections hold.
        events.add(new GenericDomainEventMessage<>("Couple", couple, 0, new PartnerLeft(couple, "bob")));
        events.add(new GenericDomainEventMessage<>("Couple", couple, 1, new CoupleErased(couple, "alice")));
        assertThat(events).hasSize(Round.EVENTS);
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        eventStore.publish(events);
        mongo.clear();
        processor.start();
        awaitCaughtUp();
        List<Command> commands = mongo.on(readModels.getName()).stream()
                .filter(command -> COLLECTIONS.contains(command.collection())).toList();
        long tombstoneReads = commands.stream().filter(command -> command.name().equals("find")
                && command.collection().equals("journal_heads_v1")
                && command.filters().equals(List.of(new BsonDocument("_id", new BsonString(couple))))).count();
        return new Round(commands, documents(), mongo.elapsed(), tombstoneReads);
    }

    private record Round(List<Command> commands, long documents, Duration mongo, long batches) {
        static final int EVENTS = 42;

        double mongoMillisPerEvent() {
            return mongo.toNanos() / 1e6 / EVENTS;
        }
    }

    /** How many commands of each kind on each collection: what an event costs, whatever its ids. */
    private static Map<String, Long> shape(List<Command> commands) {
        return commands.stream().collect(Collectors.groupingBy(command -> command.name() + " " + command.collection(),
                TreeMap::new, Collectors.counting()));
    }

    /** Other couples' documents, so the view's collections hold at least this many. */
    private void fillTo(long count) {
        MongoCollection<Document> entries = readModels.getCollection("entries_v1");
        long missing = count - documents();
        List<Document> batch = new ArrayList<>();
        for (long i = 0; i < missing; i++) {
            String filler = UUID.randomUUID().toString();
            batch.add(new Document("_id", filler + "/2020-01/0").append("prev", null).append("items", List.of(
                    new Document("entryId", filler).append("text", new Document("v", 1).append("nonce", "n").append("ct", "c")))));
            if (batch.size() == 5_000) {
                entries.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            entries.insertMany(batch);
        }
    }

    private long documents() {
        return COLLECTIONS.stream().mapToLong(name -> readModels.getCollection(name).estimatedDocumentCount()).sum();
    }

    /** Every document of the couple in the view's collections (a scan: the test may, the view never does). */
    private Map<String, Document> documentsOf(String coupleId) {
        Map<String, Document> found = new TreeMap<>();
        for (String name : COLLECTIONS) {
            for (Document document : readModels.getCollection(name).find(new Document("_id",
                    new Document("$regex", "^" + coupleId)))) {
                found.put(name + ":" + document.getString("_id"), document);
            }
        }
        List<String> itemIds = found.values().stream()
                .flatMap(document -> document.getList("items", Document.class, List.of()).stream())
                .map(item -> item.getString(item.containsKey("entryId") ? "entryId"
                        : item.containsKey("conflictId") ? "conflictId" : "checkInId"))
                .toList();
        for (String itemId : itemIds) {
            Document locator = readModels.getCollection("journal_locators_v1").find(new Document("_id", itemId)).first();
            if (locator != null) {
                found.put("journal_locators_v1:" + itemId, locator);
            }
        }
        return found;
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(JournalViewStore.PROCESSOR, TrackingEventProcessor.class).orElseThrow();
    }

    private void awaitCaughtUp() {
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(WITHIN).until(() -> {
            Map<Integer, EventTrackerStatus> status = processor().processingStatus();
            return !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp()
                    && s.getCurrentPosition().orElse(-1) >= head);
        });
    }

    private int parked(String coupleId) {
        Integer rows = jdbc.queryForObject("select count(*) from deadletterentry where processinggroup = ? and sequenceidentifier = ?",
                Integer.class, JournalViewStore.PROCESSOR, coupleId);
        return rows == null ? 0 : rows;
    }

}
