package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import dev.hearth.platform.time.Horizon;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

abstract class PromiseApiIntegrationTest extends ServiceIntegrationTest {

    /** Threads of their own: the common pool may have a single worker on two cores, which would serialize the race. */
    private static final ExecutorService CONCURRENTLY = Executors.newCachedThreadPool();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void alice_promises_bob_bob_keeps_it_and_keeping_again_is_rejected() {
        Couple couple = couple();

        ApiResponse made = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Cook dinner on Friday\"}".formatted(couple.bob()));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String promiseId = made.json().path("promiseId").asString();
        assertThat(promiseId).isNotBlank();

        ApiResponse kept = api.post(couple.promises() + "/" + promiseId + "/keep", token(couple.bob()), "{\"note\":\"Delicious\"}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        JsonNode promise = kept.json();
        assertThat(promise.path("status").asString()).isEqualTo("KEPT");
        assertThat(promise.path("promiserId").asString()).isEqualTo(couple.alice());
        assertThat(promise.path("promiseeId").asString()).isEqualTo(couple.bob());
        assertThat(promise.path("description").asString()).isEqualTo("Cook dinner on Friday");
        assertThat(promise.path("history")).hasSize(2);
        assertThat(promise.path("history").get(0).path("type").asString()).isEqualTo("MADE");
        assertThat(promise.path("history").get(1).path("type").asString()).isEqualTo("KEPT");
        assertThat(promise.path("history").get(1).path("recordedBy").asString()).isEqualTo(couple.bob());
        assertThat(promise.path("history").get(1).path("note").asString()).isEqualTo("Delicious");

        ApiResponse again = api.post(couple.promises() + "/" + promiseId + "/keep", token(couple.bob()), "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.problemType()).isEqualTo("promise-closed");
        assertThat(storedEvents(promiseId, PromiseKept.class.getName())).isEqualTo(1);
    }

    @Test
    void the_answer_to_keep_and_to_break_is_exactly_the_promise_read_back_from_the_store() {
        Couple couple = couple();
        String kept = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        for (String promiseId : List.of(kept, broken)) {
            api.post(couple.promises(), token(couple.alice()), """
                    {"promiseId":"%s","promiseeId":"%s","description":"Water the plants","dueAt":"%s"}"""
                    .formatted(promiseId, couple.bob(), Instant.now().plus(1, ChronoUnit.DAYS)));
        }

        ApiResponse keep = api.post(couple.promises() + "/" + kept + "/keep", token(couple.alice()), "{\"note\":\"Done\"}");
        ApiResponse breaking = api.post(couple.promises() + "/" + broken + "/break", token(couple.bob()), null);

        assertThat(keep.status()).as(keep.toString()).isEqualTo(200);
        assertThat(breaking.status()).as(breaking.toString()).isEqualTo(200);
        assertThat(keep.json()).isEqualTo(api.get(couple.promises() + "/" + kept, token(couple.bob())).json());
        assertThat(breaking.json()).isEqualTo(api.get(couple.promises() + "/" + broken, token(couple.alice())).json());
    }

    @Test
    void one_promise_is_read_with_its_history_right_after_it_was_made() {
        Couple couple = couple();
        String promiseId = UUID.randomUUID().toString();
        Instant dueAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        api.post(couple.promises(), token(couple.alice()), """
                {"promiseId":"%s","promiseeId":"%s","description":"Plan the trip","dueAt":"%s"}"""
                .formatted(promiseId, couple.bob(), dueAt));

        ApiResponse read = api.get(couple.promises() + "/" + promiseId, token(couple.bob()));

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("promiseId").asString()).isEqualTo(promiseId);
        assertThat(read.json().path("coupleId").asString()).isEqualTo(couple.id());
        assertThat(Instant.parse(read.json().path("dueAt").asString())).isEqualTo(dueAt);
        assertThat(read.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(read.json().path("history").get(0).path("recordedBy").asString()).isEqualTo(couple.alice());
        assertThat(read.json().path("history").get(0).has("note")).isFalse();
    }

    @Test
    void a_member_of_another_couple_gets_404_on_every_endpoint_and_nothing_changes() {
        Couple couple = couple();
        Couple carols = couple();
        String carol = carols.alice();
        String promiseId = promise(couple, "Walk the dog");
        long before = storedEvents();

        List<ApiResponse> answers = List.of(
                api.post(couple.promises(), token(carol), "{\"promiseeId\":\"%s\",\"description\":\"x\"}".formatted(couple.bob())),
                api.get(couple.promises() + "/" + promiseId, token(carol)),
                api.get(couple.promises(), token(carol)),
                api.post(couple.promises() + "/" + promiseId + "/keep", token(carol), "{}"),
                api.post(couple.promises() + "/" + promiseId + "/break", token(carol), "{}"),
                api.post(couple.promises() + "/" + promiseId + "/release", token(carol), "{}"),
                api.post(couple.promises() + "/" + promiseId + "/withdraw", token(carol), "{\"note\":"),
                api.post(couple.promises() + "/" + promiseId + "/renegotiate", token(carol), "{}"),
                api.post(couple.promises() + "/" + promiseId + "/renegotiate", token(carol), "{\"dueAt\":[\"x\"]"),
                api.post(couple.promises() + "/" + promiseId + "/keep", token(carol), "not json"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("couple-not-found");
        });
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get(couple.promises() + "/" + promiseId, token(couple.bob())).json().path("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void a_promise_of_another_couple_is_not_found_even_through_ones_own_couple() {
        Couple couple = couple();
        Couple carols = couple();
        String promiseId = promise(couple, "Water the plants");
        long before = storedEvents();

        ApiResponse read = api.get(carols.promises() + "/" + promiseId, token(carols.alice()));
        ApiResponse keep = api.post(carols.promises() + "/" + promiseId + "/keep", token(carols.alice()), "{}");
        ApiResponse broken = api.post(carols.promises() + "/" + promiseId + "/break", token(carols.bob()), "{}");
        ApiResponse released = api.post(carols.promises() + "/" + promiseId + "/release", token(carols.bob()), "{}");
        ApiResponse withdrawn = api.post(carols.promises() + "/" + promiseId + "/withdraw", token(carols.alice()), "{}");
        ApiResponse renegotiated = api.post(carols.promises() + "/" + promiseId + "/renegotiate", token(carols.alice()),
                "{\"description\":\"mine\"}");

        assertThat(List.of(read, keep, broken, released, withdrawn, renegotiated)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("promise-not-found");
        });
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_unknown_promise_is_not_found() {
        Couple couple = couple();
        String unknown = UUID.randomUUID().toString();

        ApiResponse read = api.get(couple.promises() + "/" + unknown, token(couple.alice()));
        ApiResponse keep = api.post(couple.promises() + "/" + unknown + "/keep", token(couple.alice()), "{}");
        ApiResponse notAnId = api.get(couple.promises() + "/not-a-uuid", token(couple.alice()));

        assertThat(List.of(read, keep, notAnId)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("promise-not-found");
        });
    }

    @Test
    void an_outsiders_malformed_or_invalid_body_is_couple_not_found_not_a_400_and_changes_nothing() {
        Couple couple = couple();
        Couple carols = couple();
        long before = storedEvents();

        ApiResponse malformed = api.post(couple.promises(), token(carols.alice()), "{\"promiseeId\":");
        ApiResponse invalid = api.post(couple.promises(), token(carols.alice()), "{}");
        ApiResponse partnersMalformed = api.post(couple.promises(), token(couple.alice()), "{\"promiseeId\":");

        assertThat(List.of(malformed, invalid)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("couple-not-found");
        });
        assertThat(partnersMalformed.status()).as(partnersMalformed.toString()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_request_without_a_token_is_401_problem_json() {
        Couple couple = couple();

        ApiResponse answer = api.post(couple.promises(), null, "{\"promiseeId\":\"%s\",\"description\":\"x\"}".formatted(couple.bob()));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("unauthenticated");
    }

    @Test
    void a_promise_without_a_description_is_400_naming_it_and_writes_no_event() {
        Couple couple = couple();

        invalidMake(couple, "{\"promiseeId\":\"%s\"}".formatted(couple.bob()), "description");
    }

    @Test
    void a_recurring_promise_is_400_naming_recurrence() {
        Couple couple = couple();

        ApiResponse answer = invalidMake(couple, """
                {"promiseeId":"%s","description":"Run together","recurrence":{"frequency":"DAILY","at":"07:00"}}"""
                .formatted(couple.bob()), "recurrence");

        assertThat(answer.json().path("detail").asString()).contains("not supported yet");
    }

    @Test
    void a_due_time_in_the_past_is_400_naming_due_at() {
        Couple couple = couple();

        invalidMake(couple, "{\"promiseeId\":\"%s\",\"description\":\"Too late\",\"dueAt\":\"2020-01-01T10:00:00+01:00\"}"
                .formatted(couple.bob()), "dueAt");
    }

    @Test
    void a_due_time_in_year_300000000_is_400_naming_due_at() {
        Couple couple = couple();

        ApiResponse answer = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Someday\",\"dueAt\":\"+300000000-01-01T00:00:00Z\"}".formatted(couple.bob()));

        assertInvalid(answer, "dueAt");
        assertThat(answer.json().path("detail").asString()).isEqualTo("dueAt must be in the future and at most 1826 days ahead");
    }

    /**
     * Fuzzes every date field of the make request with generated instants (in random offsets, over the
     * whole range a date-time can hold) and generated text: each is a 201 exactly when it lies within
     * the horizon, otherwise a 400 naming the field, and never stores anything else.
     */
    @Test
    void every_generated_date_is_a_201_within_the_horizon_and_otherwise_a_400_naming_its_field() {
        Couple couple = couple();
        Instant started = Instant.now();
        Arbitrary<OffsetDateTime> anywhere = Arbitraries.longs().between(-31_557_014_135_596_800L, 31_556_889_832_780_799L)
                .map(Instant::ofEpochSecond)
                .map(instant -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        Arbitrary<OffsetDateTime> nearTheEdges = Arbitraries.oneOf(
                        Arbitraries.longs().between(-30 * 86_400L, 30 * 86_400L).map(seconds -> started.plusSeconds(seconds)),
                        Arbitraries.longs().between(-30 * 86_400L, 30 * 86_400L).map(seconds -> started.plus(Duration.ofDays(1_826)).plusSeconds(seconds)))
                .map(instant -> instant.truncatedTo(ChronoUnit.SECONDS))
                .flatMap(instant -> Arbitraries.integers().between(-18, 18).map(hours -> OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(hours))));
        List<OffsetDateTime> dates = Arbitraries.oneOf(anywhere, nearTheEdges).sampleStream().limit(40).toList();
        List<String> texts = Arbitraries.oneOf(
                        // Never digits alone, which Jackson may read as an epoch timestamp.
                        Arbitraries.strings().withCharRange('a', 'z').withChars(":-+T.").ofMinLength(1).ofMaxLength(30),
                        Arbitraries.of("2026-13-01T00:00:00Z", "2026-02-30T10:00:00+01:00", "tomorrow", "10:00",
                                "+1000000000-01-01T00:00:00Z", "2030-01-01T00:00:00+25:00"))
                .sampleStream().limit(20).toList();
        long before = storedEvents();
        int made = 0;

        for (OffsetDateTime dueAt : dates) {
            Instant due = dueAt.toInstant();
            // A minute's margin at either edge: the service's clock runs on while the test sends.
            if (Math.abs(Duration.between(started, due).toSeconds()) < 60
                    || Math.abs(Duration.between(started.plus(Duration.ofDays(1_826)), due).toSeconds()) < 60) {
                continue;
            }
            ApiResponse answer = makeDueAt(couple, "\"" + dueAt + "\"");
            if (Horizon.admits(due, started)) {
                assertThat(answer.status()).as(dueAt + ": " + answer).isEqualTo(201);
                made++;
            } else {
                assertInvalid(answer, "dueAt");
            }
        }
        for (String text : texts) {
            assertInvalid(makeDueAt(couple, JSON.writeValueAsString(text)), "dueAt");
        }
        ApiResponse until = api.post(couple.promises(), token(couple.alice()), """
                {"promiseeId":"%s","description":"Run","recurrence":{"frequency":"DAILY","until":"2026-13-01T00:00:00Z"}}"""
                .formatted(couple.bob()));
        assertInvalid(until, "recurrence.until");

        assertThat(storedEvents()).isEqualTo(before + made);
    }

    private ApiResponse makeDueAt(Couple couple, String dueAtJson) {
        return api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Fuzzed\",\"dueAt\":%s}".formatted(couple.bob(), dueAtJson));
    }

    @Test
    void an_idempotency_key_outside_the_one_format_is_400_naming_the_header() {
        Couple couple = couple();
        String body = "{\"promiseeId\":\"%s\",\"description\":\"Book the table\"}".formatted(couple.bob());
        long before = storedEvents();

        for (String key : List.of("two words", "k".repeat(129), "tab\there")) {
            assertInvalid(api.send("POST", couple.promises(), withIdempotencyKey(token(couple.alice()), key), body), "Idempotency-Key");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_promise_to_someone_who_is_not_the_partner_is_400_naming_promisee_id() {
        Couple couple = couple();
        Couple others = couple();

        ApiResponse toStranger = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Hello\"}".formatted(others.bob()));
        ApiResponse toSelf = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Hello\"}".formatted(couple.alice()));

        assertInvalid(toStranger, "promiseeId");
        assertInvalid(toSelf, "promiseeId");
    }

    @Test
    void a_partner_who_joined_a_moment_ago_is_waited_for() throws Exception {
        Couple couple = new Couple(UUID.randomUUID().toString(), user("alice"), user("bob"));
        couplesTopic().publish(new CoupleStarted(couple.id(), couple.alice(), "UTC"), 0);
        await().atMost(WITHIN).until(() -> memberships.find(couple.id()).isPresent());
        CompletableFuture<Void> joinSoon = CompletableFuture.runAsync(() -> {
            Waiting.sleep(200);
            couplesTopic().publish(new PartnerJoined(couple.id(), couple.bob()), 2);
        }, CONCURRENTLY);

        ApiResponse answer = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"Welcome home\"}".formatted(couple.bob()));

        joinSoon.get(10, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void retrying_a_make_with_the_same_id_and_body_is_the_same_201_and_another_body_is_409() {
        Couple couple = couple();
        String promiseId = UUID.randomUUID().toString();
        String body = "{\"promiseId\":\"%s\",\"promiseeId\":\"%s\",\"description\":\"Fix the bike\"}".formatted(promiseId, couple.bob());

        ApiResponse first = api.post(couple.promises(), token(couple.alice()), body);
        ApiResponse retry = api.post(couple.promises(), token(couple.alice()), body);
        ApiResponse other = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseId\":\"%s\",\"promiseeId\":\"%s\",\"description\":\"Sell the bike\"}".formatted(promiseId, couple.bob()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("promiseId").asString()).isEqualTo(promiseId);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problemType()).isEqualTo("id-conflict");
        assertThat(storedEvents(promiseId, PromiseMade.class.getName())).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_makes_one_promise() {
        Couple couple = couple();
        String body = "{\"promiseeId\":\"%s\",\"description\":\"Book the table\"}".formatted(couple.bob());

        ApiResponse first = api.send("POST", couple.promises(), withIdempotencyKey(token(couple.alice()), "k-1"), body);
        ApiResponse retry = api.send("POST", couple.promises(), withIdempotencyKey(token(couple.alice()), "k-1"), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("promiseId").asString()).isEqualTo(first.json().path("promiseId").asString());
    }

    @Test
    void only_the_promisee_can_record_a_broken_promise() {
        Couple couple = couple();
        String promiseId = promise(couple, "Call the plumber");

        ApiResponse byPromiser = api.post(couple.promises() + "/" + promiseId + "/break", token(couple.alice()), "{}");
        ApiResponse byPromisee = api.post(couple.promises() + "/" + promiseId + "/break", token(couple.bob()), null);

        assertThat(byPromiser.status()).isEqualTo(403);
        assertThat(byPromiser.problemType()).isEqualTo("not-allowed");
        assertThat(byPromisee.status()).as(byPromisee.toString()).isEqualTo(200);
        assertThat(byPromisee.json().path("status").asString()).isEqualTo("BROKEN");
    }

    @Test
    void the_list_pages_newest_first_with_an_opaque_cursor_and_filters_by_status() {
        Couple couple = couple();
        String first = promise(couple, "First");
        String second = promise(couple, "Second");
        String third = promise(couple, "Third");
        api.post(couple.promises() + "/" + second + "/keep", token(couple.bob()), "{}");
        // The list is a projection: eventually consistent, within milliseconds.
        await().atMost(WITHIN).until(() -> api.get(couple.promises() + "?status=KEPT", token(couple.alice()))
                .json().path("items").size() == 1);

        JsonNode page1 = api.get(couple.promises() + "?limit=2", token(couple.alice())).json();
        JsonNode page2 = api.get(couple.promises() + "?limit=2&cursor=" + page1.path("next").asString(), token(couple.alice())).json();
        JsonNode kept = api.get(couple.promises() + "?status=KEPT", token(couple.bob())).json();

        assertThat(ids(page1)).containsExactly(third, second);
        assertThat(ids(page2)).containsExactly(first);
        assertThat(page2.path("next").isNull()).isTrue();
        assertThat(ids(kept)).containsExactly(second);
        assertThat(kept.path("items").get(0).path("status").asString()).isEqualTo("KEPT");
        assertThat(kept.path("items").get(0).path("description").asString()).isEqualTo("Second");
    }

    @Test
    void list_parameters_out_of_range_are_400_naming_them() {
        Couple couple = couple();

        assertInvalid(api.get(couple.promises() + "?limit=101", token(couple.alice())), "limit");
        assertInvalid(api.get(couple.promises() + "?limit=0", token(couple.alice())), "limit");
        assertInvalid(api.get(couple.promises() + "?status=LOST", token(couple.alice())), "status");
        assertInvalid(api.get(couple.promises() + "?cursor=bm9wZQ", token(couple.alice())), "cursor");
        assertThat(api.get(couple.promises() + "?limit=100", token(couple.alice())).status()).isEqualTo(200);
    }

    @Test
    void two_concurrent_keeps_of_one_promise_let_exactly_one_win() throws Exception {
        Couple couple = couple();
        String promiseId = promise(couple, "Pick up the kids");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiResponse>> keeps = new ArrayList<>();
        for (String partner : List.of(couple.alice(), couple.bob())) {
            keeps.add(CompletableFuture.supplyAsync(() -> {
                Waiting.await(start);
                return api.post(couple.promises() + "/" + promiseId + "/keep", token(partner), "{}");
            }, CONCURRENTLY));
        }

        start.countDown();
        List<ApiResponse> answers = new ArrayList<>();
        for (CompletableFuture<ApiResponse> keep : keeps) {
            answers.add(keep.get(30, TimeUnit.SECONDS));
        }

        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).singleElement()
                .satisfies(lost -> assertThat(lost.problemType()).isIn("concurrent-change", "promise-closed"));
        assertThat(storedEvents(promiseId, PromiseKept.class.getName())).isEqualTo(1);
    }

    private String promise(Couple couple, String description) {
        ApiResponse made = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseeId\":\"%s\",\"description\":\"%s\"}".formatted(couple.bob(), description));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().path("promiseId").asString();
    }

    /** Alice's make with this body is a 400 naming {@code field}, and not one event is stored. */
    private ApiResponse invalidMake(Couple couple, String body, String field) {
        long before = storedEvents();

        ApiResponse answer = api.post(couple.promises(), token(couple.alice()), body);

        assertInvalid(answer, field);
        assertThat(storedEvents()).isEqualTo(before);
        return answer;
    }

    private static void assertInvalid(ApiResponse answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("invalid-request");
        assertThat(answer.json().path("detail").asString()).contains(field);
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).contains(field);
    }

    private static Map<String, String> withIdempotencyKey(String token, String key) {
        Map<String, String> headers = ApiClient.bearer(token);
        headers.put("Idempotency-Key", key);
        return headers;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("promiseId").asString()));
        return ids;
    }
}
