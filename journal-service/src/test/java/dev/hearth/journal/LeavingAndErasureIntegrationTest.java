package dev.hearth.journal;

import static dev.hearth.platform.test.ExportAssertions.assertExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import dev.hearth.journal.entry.EntryKind;
import dev.hearth.journal.entry.EntryWritten;
import dev.hearth.journal.entry.JournalEntry;
import dev.hearth.journal.entry.Visibility;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.test.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Leaving, erasing and exporting through the API, on real infrastructure: access ends at once, what
 * only the leaver could read goes with their key, an erased couple leaves nothing readable behind in
 * the event store, the key table or the view, and an export holds exactly what the caller wrote.
 */
public abstract class LeavingAndErasureIntegrationTest extends JournalSuite {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;
    @Autowired
    Vault vault;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    @Qualifier("readModelDatabase")
    MongoDatabase readModels;

    @Test
    void a_partner_who_leaves_is_gone_at_once_their_private_words_with_them_and_the_last_to_leave_erases() {
        Couple couple = couple();
        String bobsPrivate = write(couple, couple.bob(), "PRIVATE", "only bob ever read this");
        write(couple, couple.bob(), "SHARED", "we both read this");
        await().atMost(WITHIN).until(() -> head(couple.id() + "/" + couple.bob() + "/private") != null);

        ApiResponse left = api.post(couple.path() + "/leave", token(couple.bob()), null);

        assertThat(left.status()).as("%s", left).isEqualTo(202);
        assertThat(left.text("status")).isEqualTo("CLOSED");
        assertThat(left.text("coupleId")).isEqualTo(couple.id());
        for (ApiResponse refused : List.of(api.get(couple.path(), token(couple.bob())), api.get(couple.entries(), token(couple.bob())),
                api.post(couple.path() + "/leave", token(couple.bob()), null),
                api.get(couple.path() + "/export/journal", token(couple.bob())))) {
            assertThat(refused.problemType()).as("%s", refused).isEqualTo("couple-not-found");
        }
        ApiResponse seen = api.get(couple.path(), token(couple.alice()));
        assertThat(seen.json().path("partners")).extracting(JsonNode::asString).containsExactly(couple.alice());
        assertThat(seen.text("status")).isEqualTo("CLOSED");
        for (ApiResponse closed : List.of(api.post(couple.path() + "/invites", token(couple.alice()), null),
                api.post(couple.entries(), token(couple.alice()), Map.of("kind", "REFLECTION", "visibility", "SHARED", "text", "x")))) {
            assertThat(closed.status()).as("%s", closed).isEqualTo(409);
            assertThat(closed.problemType()).isEqualTo("couple-closed");
        }
        assertThat(api.get(couple.entries(), token(couple.alice())).json().path("items")).hasSize(1);
        Sealed sealed = writtenText(bobsPrivate);
        assertThat(sealed.author()).isEqualTo(couple.bob());
        assertThatThrownBy(() -> vault.open(JournalEntry.textOf(couple.id(), bobsPrivate), sealed))
                .isInstanceOf(SealedValueUnreadable.class);
        await().atMost(WITHIN).until(() -> head(couple.id() + "/" + couple.bob() + "/private") == null);
        // Both are free to start another couple; the one who remains keeps reading (and may leave) the closed one.
        assertThat(api.post("/api/couples", token(couple.bob()), Map.of("timezone", "UTC")).status()).isEqualTo(201);
        assertThat(api.post("/api/couples", token(couple.alice()), Map.of("timezone", "UTC")).status()).isEqualTo(201);
        assertThat(api.get(couple.entries(), token(couple.alice())).status()).isEqualTo(200);

        ApiResponse last = api.post(couple.path() + "/leave", token(couple.alice()), null);

        assertThat(last.status()).as("%s", last).isEqualTo(202);
        assertThat(last.text("status")).isEqualTo("ERASED");
        assertThat(api.get(couple.path(), token(couple.alice())).problemType()).isEqualTo("couple-not-found");
    }

    @Test
    void after_erasure_every_command_is_404_and_nothing_of_the_couple_can_be_read_anywhere() {
        Couple couple = couple();
        String shared = write(couple, couple.bob(), "SHARED", "a shared secret sentence");
        String own = write(couple, couple.alice(), "PRIVATE", "a private secret sentence");
        api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "a secret topic"));
        api.post(couple.checkIns(), token(couple.bob()), Map.of("safety", 2));
        await().atMost(WITHIN).until(() -> api.get(couple.entries(), token(couple.alice())).json().path("items").size() == 2
                && api.get(couple.checkIns(), token(couple.bob())).json().path("items").size() == 1
                && api.get(couple.conflicts(), token(couple.bob())).json().path("items").size() == 1);

        ApiResponse erased = api.send("DELETE", couple.path(), Map.of("Authorization", "Bearer " + token(couple.bob())), null);

        assertThat(erased.status()).as("%s", erased).isEqualTo(202);
        assertThat(erased.text("coupleId")).isEqualTo(couple.id());
        assertThat(erased.text("erasedAt")).isNotBlank();
        for (String partner : List.of(couple.alice(), couple.bob())) {
            for (ApiResponse refused : List.of(api.get(couple.path(), token(partner)), api.get(couple.entries(), token(partner)),
                    api.send("DELETE", couple.path(), Map.of("Authorization", "Bearer " + token(partner)), null),
                    api.post(couple.path() + "/leave", token(partner), null))) {
                assertThat(refused.problemType()).as("%s", refused).isEqualTo("couple-not-found");
            }
            assertThat(api.post("/api/couples", token(partner), Map.of("timezone", "UTC")).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/couples", token(couple.alice()), Map.of("coupleId", couple.id(), "timezone", "Europe/Berlin"))
                .problemType()).isEqualTo("id-conflict");

        // The raw stores: ciphertext that nothing opens, and no key.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM couple_key WHERE couple_id = ?", Integer.class, couple.id())).isZero();
        List<String> stored = new ArrayList<>();
        for (String table : List.of("domainevententry", "snapshotevententry")) {
            stored.addAll(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM " + table
                    + " WHERE convert_from(payload, 'UTF8') LIKE ?", String.class, "%" + couple.id() + "%"));
        }
        assertThat(stored).isNotEmpty().noneMatch(payload -> payload.contains("secret"));
        for (String entryId : List.of(shared, own)) {
            assertThatThrownBy(() -> vault.open(JournalEntry.textOf(couple.id(), entryId), writtenText(entryId)))
                    .isInstanceOf(SealedValueUnreadable.class)
                    .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason()).isEqualTo(SealedValueUnreadable.Reason.KEY_GONE));
        }
        // The view: the tombstone alone, without user ids.
        await().atMost(WITHIN).until(() -> viewDocumentsOf(couple.id()).size() == 1);
        Document tombstone = readModels.getCollection("journal_heads_v1").find(new Document("_id", couple.id())).first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone.getBoolean("erased")).isTrue();
        assertThat(tombstone.toJson()).doesNotContain(couple.alice()).doesNotContain(couple.bob());
        assertThat(readModels.getCollection("journal_locators_v1").countDocuments(new Document("_id", shared))).isZero();
        // Each instance's own processor, from the head on, drops the couple's cached keys.
        long head = eventStore.createHeadToken().position().orElse(0);
        await().atMost(WITHIN).until(() -> processing.eventProcessor("journal-key-eviction", TrackingEventProcessor.class)
                .orElseThrow().processingStatus().values().stream()
                .anyMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }

    @Test
    void an_export_holds_what_the_caller_wrote_and_received_and_never_the_partners_words() {
        Couple couple = couple();
        String shared = write(couple, couple.alice(), "SHARED", "alice shared");
        String own = write(couple, couple.alice(), "PRIVATE", "alice private");
        String bobs = write(couple, couple.bob(), "SHARED", "bob shared words");
        api.post(couple.entries() + "/" + shared + "/acknowledgements", token(couple.bob()), Map.of("response", "HEARD"));
        api.post(couple.entries() + "/" + bobs + "/acknowledgements", token(couple.alice()), Map.of("response", "EMPATHY"));
        String conflict = api.post(couple.conflicts(), token(couple.bob()), Map.of("topic", "bob topic")).text("conflictId");
        api.post(couple.conflicts() + "/" + conflict + "/repairs", token(couple.alice()), Map.of("note", "alice note"));
        api.post(couple.conflicts() + "/" + conflict + "/repairs", token(couple.bob()), Map.of("note", "bob note"));
        api.post(couple.checkIns(), token(couple.alice()), Map.of("safety", 4));
        api.post(couple.checkIns(), token(couple.bob()), Map.of("safety", 1));
        await().atMost(WITHIN).until(() -> api.get(couple.checkIns(), token(couple.alice())).json().path("items").size() == 1
                && api.get(couple.conflicts(), token(couple.alice())).json().at("/items/0/repairCount").asInt() == 2
                && acknowledged(couple, couple.alice()) == 2);

        ApiResponse export = api.get(couple.path() + "/export/journal", token(couple.alice()));

        JsonNode json = assertExport(export, couple.id(), couple.alice());
        assertThat(json.path("entries").valueStream().map(entry -> entry.path("entryId").asString() + ":" + entry.path("text").asString()))
                .containsExactlyInAnyOrder(shared + ":alice shared", own + ":alice private");
        assertThat(json.path("entries").valueStream().filter(entry -> entry.path("entryId").asString().equals(shared)).findFirst()
                .orElseThrow().at("/acknowledgement/response").asString()).isEqualTo("HEARD");
        assertThat(json.path("acknowledgementsGiven")).hasSize(1);
        assertThat(json.at("/acknowledgementsGiven/0/entryId").asString()).isEqualTo(bobs);
        assertThat(json.path("conflicts")).hasSize(1);
        assertThat(json.at("/conflicts/0/repairs")).hasSize(1);
        assertThat(json.at("/conflicts/0/repairs/0/note").asString()).isEqualTo("alice note");
        assertThat(json.path("checkIns")).hasSize(1);
        assertThat(json.at("/checkIns/0/safety").asInt()).isEqualTo(4);
        assertThat(export.body()).doesNotContain("bob shared words").doesNotContain("bob topic").doesNotContain("bob note");
    }

    @Test
    void an_export_of_a_thousand_entries_is_measured() {
        Couple couple = couple();
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 1_000; i++) {
                String entryId = UUID.randomUUID().toString();
                String text = "entry number " + i + " of a long journal, with a few words more to make it a real sentence";
                events.add(new GenericDomainEventMessage<>("JournalEntry", entryId, 0, new EntryWritten(entryId, couple.id(),
                        couple.alice(), EntryKind.REFLECTION, Visibility.SHARED, vault.seal(JournalEntry.textOf(couple.id(), entryId), text),
                        null, null, 17, "1:f")));
            }
        });
        eventStore.publish(events);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Document head = head(couple.id() + "/entries");
            return head != null && head.get("count", Number.class).longValue() == 1_000;
        });

        long start = System.nanoTime();
        ApiResponse export = api.get(couple.path() + "/export/journal", token(couple.alice()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("entries")).hasSize(1_000);
        System.out.printf(Locale.ROOT, "[journal export] 1,000 entries: %d ms, %d bytes%n", millis,
                export.body().getBytes(StandardCharsets.UTF_8).length);
    }

    /** How many of the entries the partner lists have been answered. */
    private long acknowledged(Couple couple, String partner) {
        return api.get(couple.entries(), token(partner)).json().path("items").valueStream()
                .filter(item -> item.has("acknowledgement")).count();
    }

    private Sealed writtenText(String entryId) {
        return eventStore.readEvents(entryId).asStream().map(message -> message.getPayload())
                .filter(EntryWritten.class::isInstance).map(EntryWritten.class::cast).findFirst().orElseThrow().text();
    }

    private Document head(String id) {
        return readModels.getCollection("journal_heads_v1").find(new Document("_id", id)).first();
    }

    /** Every document of the couple in the view (a scan: the test may, the view never does). */
    private List<String> viewDocumentsOf(String coupleId) {
        List<String> found = new ArrayList<>();
        for (String name : List.of("entries_v1", "conflicts_v1", "check_ins_v1", "journal_heads_v1")) {
            readModels.getCollection(name).find(new Document("_id", new Document("$regex", "^" + coupleId)))
                    .forEach(document -> found.add(name + ":" + document.getString("_id")));
        }
        return found;
    }
}
