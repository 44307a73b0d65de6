package dev.hearth.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.commitment.promise.PromiseRenegotiated;
import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The rest of the lifecycle over HTTP on real infrastructure: release, withdraw, renegotiate, a
 * promise due in seconds missed by its durable deadline and kept late, and races and retries of keeps.
 * Waits end on the awaited state (at most 60 s); nothing asserts a duration.
 */
abstract class PromiseLifecycleIntegrationTest extends ServiceIntegrationTest {

    private static final ExecutorService CONCURRENTLY = Executors.newCachedThreadPool();
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @Autowired
    DeadlineManager deadlineManager;

    @Test
    void deadlines_are_scheduled_in_postgresql_with_jackson_and_springs_transactions() {
        Object delegate = ReflectionTestUtils.getField(deadlineManager, "delegate");
        assertThat(delegate).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(ReflectionTestUtils.getField(delegate, "serializer")).isInstanceOf(JacksonSerializer.class);
        assertThat(ReflectionTestUtils.getField(delegate, "transactionManager")).isInstanceOf(SpringTransactionManager.class);
        assertThat(ReflectionTestUtils.getField(delegate, "useBinaryPojo")).isEqualTo(false);
    }

    @Test
    void only_the_promisee_releases_and_only_the_promiser_withdraws_or_renegotiates() {
        Couple couple = couple();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String q = promise(couple, tomorrow);
        String r = promise(couple, tomorrow);
        String s = promise(couple, tomorrow);

        assertProblem(post(couple, q, "release", couple.alice(), "{}"), 403, "not-allowed");
        ApiResponse released = post(couple, q, "release", couple.bob(), "{\"note\":\"No need\"}");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("status").asString()).isEqualTo("RELEASED");
        assertThat(released.json().path("history").get(1).path("note").asString()).isEqualTo("No need");

        assertProblem(post(couple, r, "withdraw", couple.bob(), "{}"), 403, "not-allowed");
        ApiResponse withdrawn = post(couple, r, "withdraw", couple.alice(), null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");

        Instant later = tomorrow.plus(1, ChronoUnit.DAYS);
        ApiResponse renegotiated = post(couple, s, "renegotiate", couple.alice(), "{\"dueAt\":\"%s\"}".formatted(later));
        assertThat(renegotiated.status()).as(renegotiated.toString()).isEqualTo(200);
        assertThat(renegotiated.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(renegotiated.json().path("dueAt").asString())).isEqualTo(later);
        assertThat(renegotiated.json().path("history").get(1).path("type").asString()).isEqualTo("RENEGOTIATED");
        assertThat(Instant.parse(renegotiated.json().path("history").get(1).path("previousDueAt").asString())).isEqualTo(tomorrow);
        assertProblem(post(couple, s, "renegotiate", couple.bob(), "{\"description\":\"Mine now\"}"), 403, "not-allowed");
        assertThat(pendingDeadlines(s)).isEqualTo(1);
        assertThat(pendingDeadlines(q)).isZero();
        assertThat(pendingDeadlines(r)).isZero();

        assertProblem(post(couple, q, "keep", couple.alice(), "{}"), 409, "promise-closed");
    }

    @Test
    void bodies_are_checked_before_the_promise_and_name_the_field() {
        Couple couple = couple();
        String p = promise(couple, Instant.now().plus(1, ChronoUnit.DAYS));
        long before = storedEvents();

        assertInvalid(post(couple, p, "renegotiate", couple.alice(), "{}"), "dueAt");
        assertInvalid(post(couple, UUID.randomUUID().toString(), "renegotiate", couple.alice(), "{}"), "dueAt");
        assertInvalid(post(couple, p, "renegotiate", couple.alice(), "{\"dueAt\":\"2020-01-01T00:00:00Z\"}"), "dueAt");
        assertInvalid(post(couple, p, "renegotiate", couple.alice(), "{\"dueAt\":\"+300000000-01-01T00:00:00Z\"}"), "dueAt");
        assertInvalid(post(couple, p, "renegotiate", couple.alice(), "{\"description\":\"%s\"}".formatted("x".repeat(501))), "description");
        assertInvalid(post(couple, p, "release", couple.bob(), "{\"note\":\"%s\"}".formatted("x".repeat(501))), "note");
        assertInvalid(api.send("POST", couple.promises() + "/" + p + "/keep", withIdempotencyKey(couple.bob(), "not ascii é"), "{}"),
                "Idempotency-Key");
        assertProblem(post(couple, UUID.randomUUID().toString(), "release", couple.bob(), "{}"), 404, "promise-not-found");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_promise_due_in_seconds_is_missed_once_then_closed_to_renegotiation_and_kept_late() {
        Couple couple = couple();
        Instant dueAt = Instant.now().plusSeconds(3);
        String v = promise(couple, dueAt);

        await().atMost(AT_MOST).until(() -> storedEvents(v, PromiseMissed.class.getName()) == 1);
        ApiResponse missed = api.get(couple.promises() + "/" + v, token(couple.bob()));
        assertThat(missed.json().path("status").asString()).isEqualTo("MISSED");
        assertThat(missed.json().path("history").get(1).has("recordedBy")).isFalse();
        assertProblem(post(couple, v, "renegotiate", couple.alice(), "{\"dueAt\":\"%s\"}"
                .formatted(Instant.now().plus(1, ChronoUnit.HOURS))), 409, "promise-closed");
        assertProblem(post(couple, v, "break", couple.bob(), "{}"), 409, "promise-closed");
        assertThat(pendingDeadlines(v)).isZero();

        ApiResponse kept = post(couple, v, "keep", couple.bob(), "{}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().path("status").asString()).isEqualTo("KEPT");
        assertThat(kept.json().path("history").get(2).path("late").asBoolean()).isTrue();
        assertThat(storedEvents(v, PromiseMissed.class.getName())).isEqualTo(1);
        await().atMost(AT_MOST).until(() -> api.get(couple.promises() + "?status=KEPT", token(couple.alice()))
                .json().path("items").size() == 1);
    }

    @Test
    void a_cancellation_deletes_a_waiting_deadline_in_one_statement_and_leaves_one_being_fired() {
        Couple couple = couple();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String waiting = promise(couple, tomorrow);
        String firing = promise(couple, tomorrow);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String firingTask = jdbc.queryForObject("select task_instance from scheduled_tasks where convert_from(task_data, 'UTF8') like ?",
                String.class, "%" + firing + "%");
        // As db-scheduler marks a deadline it is executing (another instance may be firing it right now).
        jdbc.update("update scheduled_tasks set picked = true, picked_by = 'elsewhere', version = version + 1 where task_instance = ?",
                firingTask);

        assertThat(post(couple, waiting, "keep", couple.bob(), "{}").status()).isEqualTo(200);
        assertThat(post(couple, firing, "keep", couple.bob(), "{}").status()).isEqualTo(200);
        deadlineManager.cancelSchedule("promise-due", "no-such-deadline");

        assertThat(pendingDeadlines(waiting)).isZero();
        assertThat(pendingDeadlines(firing)).isEqualTo(1);
        jdbc.update("delete from scheduled_tasks where task_instance = ?", firingTask);
    }

    @Test
    void deadlines_are_measured_scheduled_cancelled_fired_lag_and_pending() {
        Couple couple = couple();
        String missed = promise(couple, Instant.now().plusSeconds(2));
        String kept = promise(couple, Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(post(couple, kept, "keep", couple.bob(), "{}").status()).isEqualTo(200);
        await().atMost(AT_MOST).until(() -> storedEvents(missed, PromiseMissed.class.getName()) == 1);

        await().atMost(AT_MOST).untilAsserted(() -> assertThat(api.get("/actuator/prometheus", null).body())
                .contains("hearth_deadlines_scheduled_total{deadline=\"promise-due\"")
                .contains("hearth_deadlines_cancelled_total{deadline=\"promise-due\"")
                .contains("hearth_deadlines_fired_total{deadline=\"promise-due\",result=\"missed\"")
                .contains("hearth_deadlines_lag_seconds")
                .contains("hearth_deadlines_pending{deadline=\"promise-due\""));
    }

    @Test
    void a_make_that_loses_its_append_leaves_no_deadline_behind() {
        Couple couple = couple();
        String promiseId = "0000dead-" + UUID.randomUUID().toString().substring(9);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Another writer took sequence 0 of this promise first: PostgreSQL's unique_violation, as in a real race.
        jdbc.execute("""
                create or replace function hearth_test_lose_append() returns trigger language plpgsql as $$
                begin
                  if new.aggregateidentifier like '0000dead-%' then
                    raise exception 'duplicate key value' using errcode = '23505';
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger hearth_test_lose_append before insert on domainevententry for each row "
                + "execute function hearth_test_lose_append()");
        try {
            ApiResponse lost = api.post(couple.promises(), token(couple.alice()), """
                    {"promiseId":"%s","promiseeId":"%s","description":"Water the plants","dueAt":"%s"}"""
                    .formatted(promiseId, couple.bob(), Instant.now().plus(1, ChronoUnit.DAYS)));

            assertProblem(lost, 409, "concurrent-change");
            assertThat(pendingDeadlines(promiseId)).isZero();
        } finally {
            jdbc.execute("drop trigger hearth_test_lose_append on domainevententry");
            jdbc.execute("drop function hearth_test_lose_append()");
        }
    }

    @Test
    void twelve_parallel_keeps_let_one_win_and_with_one_idempotency_key_all_twelve_answer_200() throws Exception {
        Couple couple = couple();
        String raced = promise(couple, null);
        String retried = promise(couple, null);

        List<ApiResponse> race = inParallel(12, () -> post(couple, raced, "keep", couple.alice(), "{}"));
        List<ApiResponse> retries = inParallel(12, () -> api.send("POST", couple.promises() + "/" + retried + "/keep",
                withIdempotencyKey(couple.alice(), "k1"), "{}"));

        assertThat(race).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(race).filteredOn(answer -> answer.status() != 200).hasSize(11)
                .allSatisfy(lost -> assertThat(lost.problemType()).isIn("promise-closed", "concurrent-change"));
        assertThat(storedEvents(raced, PromiseKept.class.getName())).isEqualTo(1);
        assertThat(retries).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(storedEvents(retried, PromiseKept.class.getName())).isEqualTo(1);

        ApiResponse reused = api.send("POST", couple.promises() + "/" + retried + "/keep",
                withIdempotencyKey(couple.alice(), "k1"), "{\"note\":\"other\"}");
        assertProblem(reused, 409, "id-conflict");
    }

    @Test
    void a_renegotiation_with_unchanged_values_writes_nothing() {
        Couple couple = couple();
        Instant dueAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String p = promise(couple, dueAt);

        ApiResponse same = post(couple, p, "renegotiate", couple.alice(), "{\"dueAt\":\"%s\",\"description\":\"Water the plants\"}"
                .formatted(dueAt));

        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(storedEvents(p, PromiseRenegotiated.class.getName())).isZero();
    }

    private ApiResponse post(Couple couple, String promiseId, String action, String caller, @Nullable String body) {
        return api.post(couple.promises() + "/" + promiseId + "/" + action, token(caller), body);
    }

    private String promise(Couple couple, @Nullable Instant dueAt) {
        String promiseId = UUID.randomUUID().toString();
        String due = dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"";
        ApiResponse made = api.post(couple.promises(), token(couple.alice()),
                "{\"promiseId\":\"%s\",\"promiseeId\":\"%s\",\"description\":\"Water the plants\"%s}".formatted(promiseId, couple.bob(), due));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return promiseId;
    }

    private List<ApiResponse> inParallel(int times, java.util.function.Supplier<ApiResponse> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return call.get();
            }, CONCURRENTLY));
        }
        start.countDown();
        List<ApiResponse> answers = new ArrayList<>();
        for (CompletableFuture<ApiResponse> answer : calls) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static Map<String, String> withIdempotencyKey(String userId, String key) {
        Map<String, String> headers = ApiClient.bearer(token(userId));
        headers.put("Idempotency-Key", key);
        return headers;
    }

    private static void assertInvalid(ApiResponse answer, String field) {
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.json().path("detail").asString()).contains(field);
    }
}
