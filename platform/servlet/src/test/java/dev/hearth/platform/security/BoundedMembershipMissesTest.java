package dev.hearth.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * What a miss costs: who waits, how many polls, how many waits at once. Counted, never timed: the
 * facts record every question asked of them.
 */
class BoundedMembershipMissesTest {

    static final Duration WAIT = Duration.ofMillis(400);

    final CountingFacts facts = new CountingFacts();
    final String couple = UUID.randomUUID().toString();

    @Test
    void a_member_named_by_an_upper_case_couple_id_is_answered_from_one_question() {
        facts.members.add(couple + "|alice");
        Memberships memberships = new Memberships(facts, WAIT);

        assertThat(memberships.requireMember(couple.toUpperCase(), "alice")).isEqualTo(couple);
        assertThat(facts.asked(couple)).isEqualTo(1);
    }

    @Test
    void an_outsider_of_a_couple_whose_two_partners_are_known_is_answered_without_waiting() {
        facts.members.add(couple + "|alice");
        facts.members.add(couple + "|bob");
        facts.full.add(couple);
        Memberships memberships = new Memberships(facts, WAIT);

        assertThat(memberships.awaitMember(couple, "mallory", "mallory")).isFalse();
        assertThat(memberships.awaitMember(couple.toUpperCase(), "carol", "alice")).as("a wrong promiseeId").isFalse();
        assertThat(facts.asked(couple)).isEqualTo(2);
    }

    @Test
    void a_miss_polls_at_most_six_times_after_the_first_question() {
        Memberships memberships = new Memberships(facts, WAIT);

        assertThat(memberships.awaitMember(couple, "carol", "carol")).isFalse();
        assertThat(facts.asked(couple)).isEqualTo(1 + Memberships.MAX_POLLS);
    }

    @Test
    void a_partner_who_arrives_during_the_wait_is_found() {
        Memberships memberships = new Memberships(facts, Duration.ofSeconds(10));
        facts.onQuestion = count -> {
            if (count == 3) {
                facts.members.add(couple + "|bob");
            }
        };

        assertThat(memberships.awaitMember(couple, "bob", "bob")).isTrue();
        assertThat(facts.asked(couple)).isEqualTo(3);
    }

    @Test
    void concurrent_misses_of_one_caller_on_one_couple_share_one_wait() throws Exception {
        Memberships memberships = new Memberships(facts, WAIT);
        facts.memberships = memberships;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return memberships.awaitMember(couple, "carol", "carol");
                }));
            }
            go.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isFalse();
            }
        }

        // Each asks once on arrival; only the first polls.
        assertThat(facts.asked(couple)).isEqualTo(5 + Memberships.MAX_POLLS);
        assertThat(facts.peakWaiting.get()).isEqualTo(1);
    }

    @Test
    void a_callers_miss_on_another_couple_while_they_wait_is_answered_at_once() throws Exception {
        Memberships memberships = new Memberships(facts, Duration.ofSeconds(5));
        String other = UUID.randomUUID().toString();
        CountDownLatch waiting = new CountDownLatch(1);
        facts.onQuestion = count -> waiting.countDown();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> first = threads.submit(() -> memberships.awaitMember(couple, "carol", "carol"));
            waiting.await();
            awaitWaiting(memberships, 1);

            assertThat(memberships.awaitMember(other, "carol", "carol")).isFalse();
            assertThat(facts.asked(other)).isEqualTo(1);
            facts.members.add(couple + "|carol");
            assertThat(first.get()).isTrue();
        }
    }

    @Test
    void no_more_than_max_waiting_misses_wait_at_once_and_the_rest_are_answered_at_once() throws Exception {
        Memberships memberships = new Memberships(facts, WAIT, 3);
        facts.memberships = memberships;
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                String stranger = "stranger-" + i;
                String someCouple = UUID.randomUUID().toString();
                answers.add(threads.submit(() -> memberships.awaitMember(someCouple, stranger, stranger)));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isFalse();
            }
        }

        assertThat(facts.peakWaiting.get()).isBetween(1, 3);
        assertThat(facts.total.get()).as("50 first questions, and the polls of at most three waits at a time")
                .isLessThan(50 + 50 * Memberships.MAX_POLLS);
        assertThat(memberships.waiting()).isZero();
    }

    @Test
    void facts_that_cannot_lag_are_never_waited_for() {
        facts.lags = false;
        Memberships memberships = new Memberships(facts, Duration.ofSeconds(10));

        assertThat(memberships.awaitMember(couple, "carol", "carol")).isFalse();
        assertThat(facts.asked(couple)).isEqualTo(1);
    }

    private static void awaitWaiting(Memberships memberships, int expected) throws InterruptedException {
        for (int i = 0; i < 1_000 && memberships.waiting() != expected; i++) {
            Thread.sleep(1);
        }
        assertThat(memberships.waiting()).isEqualTo(expected);
    }

    /** Facts in memory that count the questions asked of them, per couple. */
    static final class CountingFacts implements MembershipFacts {

        final Set<String> members = ConcurrentHashMap.newKeySet();
        final Set<String> full = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicInteger> questions = new ConcurrentHashMap<>();
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger peakWaiting = new AtomicInteger();
        volatile boolean lags = true;
        volatile IntConsumer onQuestion = count -> { };
        volatile Memberships memberships;

        @Override
        public boolean isMember(String coupleId, String userId) {
            int count = questions.computeIfAbsent(coupleId, id -> new AtomicInteger()).incrementAndGet();
            total.incrementAndGet();
            Memberships watched = memberships;
            if (watched != null) {
                peakWaiting.accumulateAndGet(watched.waiting(), Math::max);
            }
            onQuestion.accept(count);
            return members.contains(coupleId + "|" + userId);
        }

        @Override
        public boolean mayLag() {
            return lags;
        }

        @Override
        public boolean knowsBothPartners(String coupleId) {
            return full.contains(coupleId);
        }

        int asked(String coupleId) {
            AtomicInteger count = questions.get(coupleId);
            return count == null ? 0 : count.get();
        }
    }
}
