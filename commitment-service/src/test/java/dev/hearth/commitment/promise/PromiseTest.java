package dev.hearth.commitment.promise;

import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.hearth.commitment.promise.PromiseHistory.Entry;
import dev.hearth.commitment.promise.PromiseHistory.Step;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PromiseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final String PROMISE = "7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11";
    private static final String COUPLE = "c0ffee00-0000-4000-8000-000000000001";
    private static final String OTHER_COUPLE = "c0ffee00-0000-4000-8000-000000000002";
    private static final String ALICE = "alice";
    private static final String BOB = "bob";

    private AggregateTestFixture<Promise> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Promise.class);
        fixture.givenCurrentTime(NOW);
    }

    private static PromiseMade made() {
        return new PromiseMade(PROMISE, COUPLE, ALICE, BOB, "Cook dinner on Friday", TOMORROW);
    }

    private static MakePromise make() {
        return new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Cook dinner on Friday", TOMORROW);
    }

    /** Rejected with the catalogue type (and field), and nothing happened. */
    private static void rejected(ResultValidator<Promise> result, ProblemType type, @Nullable String field) {
        result.expectNoEvents().expectException(rejectedWith(type, field));
    }

    @Nested
    class Making {

        @Test
        void a_promise_to_the_partner_is_made() {
            fixture.givenNoPriorActivity()
                    .when(make())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(made());
        }

        @Test
        void a_promise_without_a_due_time_is_made() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Call your mother", null))
                    .expectEvents(new PromiseMade(PROMISE, COUPLE, ALICE, BOB, "Call your mother", null));
        }

        @Test
        void a_description_of_exactly_500_characters_is_accepted() {
            String longest = "x".repeat(500);
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, longest, null))
                    .expectEvents(new PromiseMade(PROMISE, COUPLE, ALICE, BOB, longest, null));
        }

        @Test
        void a_blank_description_is_rejected_naming_description() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "  ", null)), ProblemType.INVALID_REQUEST, "description");
        }

        @Test
        void a_description_longer_than_500_characters_is_rejected_naming_description() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "x".repeat(501), null)), ProblemType.INVALID_REQUEST, "description");
        }

        @Test
        void a_due_time_in_the_past_is_rejected_naming_due_at() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Too late", NOW.minusSeconds(1))), ProblemType.INVALID_REQUEST, "dueAt");
        }

        @Test
        void a_due_time_of_right_now_is_rejected_naming_due_at() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Now", NOW)), ProblemType.INVALID_REQUEST, "dueAt");
        }

        @Test
        void a_due_time_exactly_1826_days_ahead_is_accepted() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "In five years", NOW.plus(Duration.ofDays(1_826))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_due_time_further_than_1826_days_ahead_is_rejected_naming_due_at() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Someday", NOW.plus(Duration.ofDays(1_826)).plusSeconds(1))),
                    ProblemType.INVALID_REQUEST, "dueAt");
        }

        @Test
        void a_promise_to_oneself_is_rejected_naming_promisee_id() {
            rejected(fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, ALICE, "Go running", null)), ProblemType.INVALID_REQUEST, "promiseeId");
        }

        @Test
        void making_the_same_promise_again_changes_nothing() {
            fixture.given(made())
                    .when(make())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void reusing_a_promise_id_for_another_promise_is_an_id_conflict() {
            rejected(fixture.given(made())
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Something else", TOMORROW)), ProblemType.ID_CONFLICT, null);
        }

        @Test
        void reusing_a_promise_id_with_another_due_time_is_an_id_conflict() {
            rejected(fixture.given(made())
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Cook dinner on Friday", null)), ProblemType.ID_CONFLICT, null);
        }

        @Test
        void a_retry_after_the_due_time_passed_is_still_the_same_promise() {
            fixture.given(made())
                    .andGivenCurrentTime(TOMORROW.plusSeconds(60))
                    .when(make())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Keeping {

        @Test
        void the_promisee_keeps_an_open_promise() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, "Delicious"))
                    .expectEvents(new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB, "Delicious"));
        }

        @Test
        void keeping_answers_the_promise_as_it_now_stands_with_its_history() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, "Delicious"))
                    .expectResultMessagePayload(new PromiseHistory(
                            new PromiseState(PROMISE, COUPLE, ALICE, BOB, "Cook dinner on Friday", TOMORROW, PromiseStatus.KEPT),
                            List.of(new Entry(Step.MADE, NOW, ALICE, null), new Entry(Step.KEPT, NOW, BOB, "Delicious"))));
        }

        @Test
        void the_promiser_keeps_an_open_promise() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, ALICE, null))
                    .expectEvents(new PromiseKept(PROMISE, COUPLE, ALICE, BOB, ALICE, null));
        }

        @Test
        void keeping_an_already_kept_promise_is_rejected() {
            rejected(fixture.given(made(), new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB, null))
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void keeping_a_broken_promise_is_rejected() {
            rejected(fixture.given(made(), new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB, null))
                    .when(new KeepPromise(PROMISE, COUPLE, ALICE, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void keeping_a_promise_of_another_couple_is_not_found() {
            rejected(fixture.given(made())
                    .when(new KeepPromise(PROMISE, OTHER_COUPLE, "carol", null)), ProblemType.PROMISE_NOT_FOUND, null);
        }

        @Test
        void someone_who_is_neither_promiser_nor_promisee_cannot_keep_it() {
            rejected(fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, "mallory", null)), ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void a_note_longer_than_500_characters_is_rejected_naming_note() {
            rejected(fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, "x".repeat(501))), ProblemType.INVALID_REQUEST, "note");
        }
    }

    @Nested
    class Breaking {

        @Test
        void the_promisee_records_a_broken_promise() {
            fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, "Forgot again"))
                    .expectEvents(new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB, "Forgot again"));
        }

        @Test
        void breaking_answers_the_promise_as_it_now_stands_with_its_history() {
            fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, null))
                    .expectResultMessagePayload(new PromiseHistory(
                            new PromiseState(PROMISE, COUPLE, ALICE, BOB, "Cook dinner on Friday", TOMORROW, PromiseStatus.BROKEN),
                            List.of(new Entry(Step.MADE, NOW, ALICE, null), new Entry(Step.BROKEN, NOW, BOB, null))));
        }

        @Test
        void the_promiser_cannot_record_the_promise_as_broken() {
            rejected(fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, ALICE, null)), ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void breaking_a_kept_promise_is_rejected() {
            rejected(fixture.given(made(), new PromiseKept(PROMISE, COUPLE, ALICE, BOB, ALICE, null))
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void breaking_an_already_broken_promise_is_rejected() {
            rejected(fixture.given(made(), new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB, null))
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void breaking_a_promise_of_another_couple_is_not_found() {
            rejected(fixture.given(made())
                    .when(new BreakPromise(PROMISE, OTHER_COUPLE, "carol", null)), ProblemType.PROMISE_NOT_FOUND, null);
        }

        @Test
        void a_note_longer_than_500_characters_is_rejected_naming_note() {
            rejected(fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, "x".repeat(501))), ProblemType.INVALID_REQUEST, "note");
        }
    }

    @Test
    void the_history_keeps_event_times_to_the_millisecond_as_the_event_store_does() {
        Instant precise = Instant.parse("2026-03-01T09:00:00.123456789Z");

        PromiseHistory history = PromiseHistory.after(null, made(), precise);

        assertThat(history.entries()).extracting(Entry::at).containsExactly(Instant.parse("2026-03-01T09:00:00.123Z"));
    }

    @Test
    void status_is_closed_for_every_outcome_but_open() {
        assertThat(PromiseStatus.OPEN.isClosed()).isFalse();
        assertThat(PromiseStatus.KEPT.isClosed()).isTrue();
        assertThat(PromiseStatus.BROKEN.isClosed()).isTrue();
    }
}
