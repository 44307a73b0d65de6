package dev.hearth.journal;

import static dev.hearth.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The journal's HTTP API against the real service: entries, acknowledgements, conflicts and check-ins,
 * every rule and rejection as a client meets it, and that rejections write nothing.
 */
public abstract class JournalApiIntegrationTest extends JournalSuite {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void a_shared_entry_is_acknowledged_once_by_the_other_partner_and_read_back_with_its_answer() {
        Couple couple = couple();
        String secret = "secret-" + UUID.randomUUID();
        ApiResponse written = api.post(couple.entries(), token(couple.bob()),
                Map.of("kind", "VULNERABILITY", "visibility", "SHARED", "text", "I am afraid " + secret, "mood", "ANXIOUS"));
        assertThat(written.status()).as("%s", written).isEqualTo(201);
        String entry = written.text("entryId");
        assertThat(written.location()).hasValue("/api/couples/" + couple.id() + "/entries/" + entry);

        ApiResponse acknowledged = api.post(couple.entries() + "/" + entry + "/acknowledgements", token(couple.alice()),
                Map.of("response", "EMPATHY"));
        ApiResponse again = api.post(couple.entries() + "/" + entry + "/acknowledgements", token(couple.alice()),
                Map.of("response", "EMPATHY"));
        ApiResponse other = api.post(couple.entries() + "/" + entry + "/acknowledgements", token(couple.alice()),
                Map.of("response", "HEARD"));
        ApiResponse own = api.post(couple.entries() + "/" + entry + "/acknowledgements", token(couple.bob()),
                Map.of("response", "HEARD"));

        assertThat(acknowledged.status()).as("%s", acknowledged).isEqualTo(201);
        assertThat(acknowledged.text("text")).isEqualTo("I am afraid " + secret);
        assertThat(acknowledged.text("mood")).isEqualTo("ANXIOUS");
        assertThat(acknowledged.text("/acknowledgement/by")).isEqualTo(couple.alice());
        assertThat(acknowledged.text("/acknowledgement/response")).isEqualTo("EMPATHY");
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.json()).isEqualTo(acknowledged.json());
        assertProblem(other, 409, "already-acknowledged");
        assertProblem(own, 403, "not-allowed");
        ApiResponse read = api.get(couple.entries() + "/" + entry, token(couple.bob()));
        assertThat(read.json()).isEqualTo(acknowledged.json());
        assertThat(read.text("writtenAt")).isNotBlank();
        assertThat(read.text("authorId")).isEqualTo(couple.bob());
        assertThat(read.text("kind")).isEqualTo("VULNERABILITY");
        assertThat(read.text("visibility")).isEqualTo("SHARED");
    }

    @Test
    void a_private_entry_is_its_authors_alone() {
        Couple couple = couple();
        String shared = write(couple, couple.bob(), "SHARED", "for both of us");
        String secret = write(couple, couple.alice(), "PRIVATE", "only mine " + UUID.randomUUID());

        assertProblem(api.get(couple.entries() + "/" + secret, token(couple.bob())), 404, "entry-not-found");
        assertProblem(api.post(couple.entries() + "/" + secret + "/acknowledgements", token(couple.bob()),
                Map.of("response", "HEARD")), 404, "entry-not-found");
        assertProblem(api.post(couple.entries() + "/" + secret + "/acknowledgements", token(couple.alice()),
                Map.of("response", "HEARD")), 403, "not-allowed");
        assertThat(api.get(couple.entries() + "/" + secret, token(couple.alice())).status()).isEqualTo(200);

        List<String> alices = awaitListed(couple, couple.alice(), 2);
        assertThat(alices).containsExactly(secret, shared);
        assertThat(listed(couple, couple.bob(), 100)).containsExactly(shared);
    }

    @Test
    void lists_are_newest_first_in_pages_whose_cursor_belongs_to_the_caller() {
        Couple couple = couple();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(write(couple, i % 2 == 0 ? couple.alice() : couple.bob(), i == 2 ? "PRIVATE" : "SHARED", "entry " + i));
        }
        awaitListed(couple, couple.alice(), 5);

        ApiResponse first = api.get(couple.entries() + "?limit=2", token(couple.alice()));
        String next = first.text("next");
        ApiResponse second = api.get(couple.entries() + "?limit=2&cursor=" + next, token(couple.alice()));
        ApiResponse third = api.get(couple.entries() + "?limit=2&cursor=" + second.text("next"), token(couple.alice()));

        List<String> paged = new ArrayList<>();
        for (ApiResponse page : List.of(first, second, third)) {
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            page.json().path("items").forEach(item -> paged.add(item.path("entryId").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(written.reversed());
        assertThat(third.json().path("next").isNull()).isTrue();
        assertProblem(api.get(couple.entries() + "?limit=2&cursor=" + next, token(couple.bob())), 400, "invalid-request");
        assertProblem(api.get(couple.entries() + "?cursor=not-a-cursor", token(couple.alice())), 400, "invalid-request");
        for (String limit : List.of("101", "0", "-1", "many")) {
            JsonNode problem = assertProblem(api.get(couple.entries() + "?limit=" + limit, token(couple.alice())), 400,
                    "invalid-request");
            assertThat(problem.at("/errors/0/field").asString()).isEqualTo("limit");
        }
        assertThat(api.get(couple.entries() + "?limit=100", token(couple.alice())).status()).isEqualTo(200);
    }

    @Test
    void every_invalid_field_is_a_400_naming_it_that_writes_nothing_and_quotes_nothing() {
        Couple couple = couple();
        String secret = "secret-" + UUID.randomUUID();
        String entry = write(couple, couple.bob(), "SHARED", "to acknowledge");
        String conflict = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "chores")).text("conflictId");
        long before = storedEventsOfCouple(couple.id());

        record Case(String path, Object body, String field) {
        }
        List<Case> cases = List.of(
                new Case(couple.entries(), Map.of("kind", "POEM", "visibility", "SHARED", "text", secret), "kind"),
                new Case(couple.entries(), Map.of("visibility", "SHARED", "text", secret), "kind"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "visibility", "PUBLIC", "text", secret), "visibility"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "text", secret), "visibility"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "visibility", "SHARED", "text", "  "), "text"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "visibility", "SHARED"), "text"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "visibility", "SHARED", "text", secret + "x".repeat(4_000)), "text"),
                new Case(couple.entries(), Map.of("kind", "REFLECTION", "visibility", "SHARED", "text", secret, "mood", "MEH"), "mood"),
                new Case(couple.entries(), Map.of("kind", "APPRECIATION", "visibility", "SHARED", "text", secret), "appreciatedPartnerId"),
                new Case(couple.entries(), Map.of("kind", "APPRECIATION", "visibility", "SHARED", "text", secret,
                        "appreciatedPartnerId", couple.alice()), "appreciatedPartnerId"),
                new Case(couple.entries(), Map.of("kind", "APPRECIATION", "visibility", "SHARED", "text", secret,
                        "appreciatedPartnerId", "carol"), "appreciatedPartnerId"),
                new Case(couple.entries(), Map.of("kind", "GRATITUDE", "visibility", "SHARED", "text", secret,
                        "appreciatedPartnerId", couple.bob()), "appreciatedPartnerId"),
                new Case(couple.entries(), Map.of("entryId", "nope", "kind", "REFLECTION", "visibility", "SHARED", "text", secret), "entryId"),
                new Case(couple.entries() + "/" + entry + "/acknowledgements", Map.of("response", "LOL"), "response"),
                new Case(couple.entries() + "/" + entry + "/acknowledgements", Map.of(), "response"),
                new Case(couple.conflicts(), Map.of("topic", secret + "t".repeat(200)), "topic"),
                new Case(couple.conflicts(), Map.of("topic", ""), "topic"),
                new Case(couple.conflicts() + "/" + conflict + "/repairs", Map.of("note", secret + "n".repeat(1_000)), "note"),
                new Case(couple.conflicts() + "/" + conflict + "/resolve", Map.of("resolution", "WAR"), "resolution"),
                new Case(couple.conflicts() + "/" + conflict + "/resolve", Map.of(), "resolution"),
                new Case(couple.checkIns(), Map.of("safety", 6), "safety"),
                new Case(couple.checkIns(), Map.of("safety", 0), "safety"),
                new Case(couple.checkIns(), Map.of("safety", 4.5), "safety"),
                new Case(couple.checkIns(), Map.of("safety", "high"), "safety"),
                new Case(couple.checkIns(), Map.of(), "safety"),
                new Case(couple.checkIns(), Map.of("safety", 3, "mood", "MEH"), "mood"));
        for (Case bad : cases) {
            ApiResponse answer = api.post(bad.path(), token(couple.alice()), bad.body());
            JsonNode problem = assertProblem(answer, 400, "invalid-request");
            assertThat(problem.at("/errors/0/field").asString()).as("%s", answer).isEqualTo(bad.field());
            assertThat(answer.body()).as("%s", bad).doesNotContain(secret);
        }
        assertProblem(api.send("POST", couple.entries(), ApiClient.bearer(token(couple.alice())), "{\"kind\":"), 400,
                "invalid-request");
        JsonNode badKey = assertProblem(api.send("POST", couple.checkIns(), headers(couple.alice(), "x".repeat(129)),
                "{\"safety\":3}"), 400, "invalid-request");
        assertThat(badKey.at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");

        assertThat(storedEventsOfCouple(couple.id())).isEqualTo(before);
    }

    @Test
    void a_create_retried_with_its_id_or_idempotency_key_is_the_same_201_and_another_body_is_an_id_conflict() {
        Couple couple = couple();
        String entryId = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("entryId", entryId, "kind", "GRATITUDE", "visibility", "SHARED", "text", "thanks");

        ApiResponse first = api.post(couple.entries(), token(couple.alice()), body);
        ApiResponse retried = api.post(couple.entries(), token(couple.alice()), body);
        ApiResponse changed = api.post(couple.entries(), token(couple.alice()),
                Map.of("entryId", entryId, "kind", "GRATITUDE", "visibility", "SHARED", "text", "thanks!"));
        ApiResponse byPartner = api.post(couple.entries(), token(couple.bob()), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.text("entryId")).isEqualTo(entryId);
        assertProblem(changed, 409, "id-conflict");
        assertProblem(byPartner, 409, "id-conflict");

        ApiResponse checkIn = api.send("POST", couple.checkIns(), headers(couple.alice(), "check-in-1"), "{\"safety\":4}");
        ApiResponse checkInAgain = api.send("POST", couple.checkIns(), headers(couple.alice(), "check-in-1"), "{\"safety\":4}");
        ApiResponse checkInOther = api.send("POST", couple.checkIns(), headers(couple.alice(), "check-in-1"), "{\"safety\":2}");
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkInAgain.text("checkInId")).isEqualTo(checkIn.text("checkInId"));
        assertProblem(checkInOther, 409, "id-conflict");

        ApiResponse conflict = api.send("POST", couple.conflicts(), headers(couple.bob(), "k-1"), "{\"topic\":\"dishes\"}");
        ApiResponse conflictAgain = api.send("POST", couple.conflicts(), headers(couple.bob(), "k-1"), "{\"topic\":\"dishes\"}");
        assertThat(conflictAgain.text("conflictId")).isEqualTo(conflict.text("conflictId"));
        assertProblem(api.send("POST", couple.conflicts(), headers(couple.bob(), "k-1"), "{\"topic\":\"laundry\"}"), 409,
                "id-conflict");
    }

    @Test
    void a_conflict_is_repaired_and_resolved_by_either_partner_and_then_closed() {
        Couple couple = couple();
        ApiResponse opened = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "money"));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String conflict = couple.conflicts() + "/" + opened.text("conflictId");

        ApiResponse repaired = api.post(conflict + "/repairs", token(couple.bob()), Map.of("note", "I am sorry"));
        ApiResponse repairedAgain = api.post(conflict + "/repairs", token(couple.alice()), null);
        ApiResponse resolved = api.post(conflict + "/resolve", token(couple.alice()), Map.of("resolution", "COMPROMISE"));

        assertThat(repaired.status()).as("%s", repaired).isEqualTo(201);
        assertThat(repaired.text("/repairs/0/note")).isEqualTo("I am sorry");
        assertThat(repaired.text("/repairs/0/by")).isEqualTo(couple.bob());
        assertThat(repairedAgain.json().at("/repairs/1/attempt").asInt()).isEqualTo(2);
        assertThat(repairedAgain.json().at("/repairs/1").has("note")).isFalse();
        assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(resolved.text("resolution")).isEqualTo("COMPROMISE");
        assertThat(resolved.text("resolvedBy")).isEqualTo(couple.alice());
        assertThat(resolved.text("topic")).isEqualTo("money");
        assertThat(resolved.text("openedBy")).isEqualTo(couple.alice());
        assertProblem(api.post(conflict + "/resolve", token(couple.bob()), Map.of("resolution", "AGREEMENT")), 409,
                "conflict-resolved");
        assertProblem(api.post(conflict + "/repairs", token(couple.bob()), Map.of()), 409, "conflict-resolved");
        assertThat(api.get(conflict, token(couple.bob())).json()).isEqualTo(resolved.json());
        assertProblem(api.get(couple.conflicts() + "/" + UUID.randomUUID(), token(couple.bob())), 404, "conflict-not-found");
        assertProblem(api.post(couple.conflicts() + "/not-an-id/repairs", token(couple.bob()), Map.of()), 404,
                "conflict-not-found");
    }

    @Test
    void the_conflict_list_shows_open_conflicts_first_then_resolved_ones_each_newest_first() {
        Couple couple = couple();
        List<String> ids = new ArrayList<>();
        for (String topic : List.of("first", "second", "third", "fourth")) {
            ids.add(api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", topic)).text("conflictId"));
        }
        api.post(couple.conflicts() + "/" + ids.get(1) + "/resolve", token(couple.bob()), Map.of("resolution", "AGREEMENT"));
        api.post(couple.conflicts() + "/" + ids.get(3) + "/resolve", token(couple.bob()), Map.of("resolution", "AGREEMENT"));

        List<String> expected = List.of(ids.get(2), ids.get(0), ids.get(3), ids.get(1));
        await().atMost(WITHIN).until(() -> conflictsListed(couple, 100).equals(expected));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            ApiResponse page = api.get(couple.conflicts() + "?limit=1" + (cursor == null ? "" : "&cursor=" + cursor),
                    token(couple.bob()));
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            page.json().path("items").forEach(item -> paged.add(item.path("conflictId").asString()));
            cursor = page.json().path("next").isNull() ? null : page.text("next");
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(expected);
        JsonNode listed = api.get(couple.conflicts(), token(couple.alice())).json().path("items");
        assertThat(listed.get(0).path("topic").asString()).isEqualTo("third");
        assertThat(listed.get(3).path("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void a_partner_sees_their_own_check_ins_only() {
        Couple couple = couple();
        ApiResponse checkedIn = api.post(couple.checkIns(), token(couple.alice()), Map.of("safety", 4, "mood", "CALM"));
        assertThat(checkedIn.status()).as("%s", checkedIn).isEqualTo(201);
        api.post(couple.checkIns(), token(couple.alice()), Map.of("safety", 2));

        await().atMost(WITHIN).until(() -> api.get(couple.checkIns(), token(couple.alice())).json().path("items").size() == 2);
        JsonNode alices = api.get(couple.checkIns(), token(couple.alice())).json().path("items");
        assertThat(alices.get(0).path("safety").asInt()).isEqualTo(2);
        assertThat(alices.get(1).path("safety").asInt()).isEqualTo(4);
        assertThat(alices.get(1).path("mood").asString()).isEqualTo("CALM");
        assertThat(alices.get(1).path("checkInId").asString()).isEqualTo(checkedIn.text("checkInId"));
        assertThat(Instant.parse(alices.get(1).path("checkedInAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(api.get(couple.checkIns(), token(couple.bob())).json().path("items")).isEmpty();
    }

    @Test
    void another_couples_member_using_this_couples_ids_in_their_own_couples_urls_finds_nothing() {
        Couple couple = couple();
        Couple other = couple();
        String entry = write(couple, couple.alice(), "SHARED", "ours");
        String conflict = api.post(couple.conflicts(), token(couple.alice()), Map.of("topic", "ours")).text("conflictId");
        long before = storedEventsOfCouple(couple.id());

        assertProblem(api.get(other.entries() + "/" + entry, token(other.alice())), 404, "entry-not-found");
        assertProblem(api.post(other.entries() + "/" + entry + "/acknowledgements", token(other.bob()),
                Map.of("response", "HEARD")), 404, "entry-not-found");
        assertProblem(api.get(other.conflicts() + "/" + conflict, token(other.alice())), 404, "conflict-not-found");
        assertProblem(api.post(other.conflicts() + "/" + conflict + "/repairs", token(other.alice()), Map.of()), 404,
                "conflict-not-found");
        assertProblem(api.post(other.conflicts() + "/" + conflict + "/resolve", token(other.alice()),
                Map.of("resolution", "AGREEMENT")), 404, "conflict-not-found");
        assertProblem(api.post(other.entries(), token(other.alice()),
                Map.of("entryId", entry, "kind", "REFLECTION", "visibility", "SHARED", "text", "ours")), 409, "id-conflict");
        assertThat(storedEventsOfCouple(couple.id())).isEqualTo(before);
    }

    @Test
    void an_outsider_gets_couple_not_found_on_every_journal_url_whatever_the_body_and_nothing_is_written() {
        Couple couple = couple();
        String entry = write(couple, couple.alice(), "SHARED", "ours");
        String conflict = couple.conflicts() + "/" + api.post(couple.conflicts(), token(couple.alice()),
                Map.of("topic", "ours")).text("conflictId");
        String carol = user("carol");
        long before = storedEventsOfCouple(couple.id());

        List<String> bodies = List.of("{\"kind\":\"REFLECTION\",\"visibility\":\"SHARED\",\"text\":\"x\"}", "{\"kind\":", "[]", "");
        for (String body : bodies) {
            for (String path : List.of(couple.entries(), couple.entries() + "/" + entry + "/acknowledgements", couple.conflicts(),
                    conflict + "/repairs", conflict + "/resolve", couple.checkIns())) {
                assertProblem(api.send("POST", path, ApiClient.bearer(token(carol)), body), 404, "couple-not-found");
            }
        }
        for (String path : List.of(couple.entries(), couple.entries() + "/" + entry, couple.conflicts(), conflict,
                couple.checkIns(), couple.entries() + "?limit=500")) {
            assertProblem(api.get(path, token(carol)), 404, "couple-not-found");
        }
        assertThat(storedEventsOfCouple(couple.id())).isEqualTo(before);
    }

    private List<String> awaitListed(Couple couple, String caller, int count) {
        await().atMost(WITHIN).until(() -> listed(couple, caller, 100).size() >= count);
        return listed(couple, caller, 100);
    }

    private List<String> listed(Couple couple, String caller, int limit) {
        ApiResponse page = api.get(couple.entries() + "?limit=" + limit, token(caller));
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("entryId").asString()));
        return ids;
    }

    private List<String> conflictsListed(Couple couple, int limit) {
        List<String> ids = new ArrayList<>();
        api.get(couple.conflicts() + "?limit=" + limit, token(couple.alice())).json().path("items")
                .forEach(item -> ids.add(item.path("conflictId").asString()));
        return ids;
    }

    private static Map<String, String> headers(String user, String idempotencyKey) {
        Map<String, String> headers = ApiClient.bearer(token(user));
        headers.put("Idempotency-Key", idempotencyKey);
        headers.put("Content-Type", "application/json");
        return headers;
    }
}
