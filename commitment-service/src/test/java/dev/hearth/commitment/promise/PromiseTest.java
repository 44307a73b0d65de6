package dev.hearth.commitment.promise;

import static dev.hearth.commitment.promise.PromiseExamples.ALICE;
import static dev.hearth.commitment.promise.PromiseExamples.BOB;
import static dev.hearth.commitment.promise.PromiseExamples.COUPLE;
import static dev.hearth.commitment.promise.PromiseExamples.DINNER;
import static dev.hearth.commitment.promise.PromiseExamples.NOW;
import static dev.hearth.commitment.promise.PromiseExamples.PROMISE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.commitment.promise.PromiseHistory.Entry;
import dev.hearth.commitment.promise.view.PromiseDetails;
import dev.hearth.commitment.promise.view.PromiseDetails.HistoryEntry;
import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import dev.hearth.platform.test.AppliedEvents;
import dev.hearth.platform.test.Satisfies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The promise's rules, its answers, and its words sealed: what it applies and keeps holds none of them in clear. */
class PromiseTest {

    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final String OTHER_COUPLE = "c0ffee00-0000-4000-8000-000000000002";
    private static final String KEEPING_AND_BREAKING = "dev.hearth.commitment.promise.PromiseTest#keepingAndBreaking";

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final AggregateTestFixture<Promise> fixture = AggregateFixtures.of(Promise.class, vault, PromiseTimes.DEFAULTS, DueFirings.NONE,
            CoupleStates.NONE);

    @BeforeEach
    void itIsNow() {
        fixture.givenCurrentTime(NOW);
    }

    private PromiseMade made() {
        return made(DINNER, TOMORROW);
    }

    private PromiseMade made(String description, @Nullable Instant dueAt) {
        return new PromiseMade(PROMISE, COUPLE, ALICE, BOB, vault.seal(Promise.descriptionOf(COUPLE, PROMISE), description),
                vault.fingerprint(Promise.contentOf(COUPLE, PROMISE), description), dueAt);
    }

    private PromiseKept kept(String recordedBy, @Nullable String note) {
        return new PromiseKept(PROMISE, COUPLE, ALICE, BOB, recordedBy, note == null ? null : vault.seal(Promise.keptNoteOf(COUPLE, PROMISE), note),
                TOMORROW, false, null);
    }

    private PromiseBroken broken(@Nullable String note) {
        return new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB, note == null ? null : vault.seal(Promise.brokenNoteOf(COUPLE, PROMISE), note));
    }

    /** Made as {@link #made(String, Instant)} would have it, its description sealed (another nonce) and never in clear. */
    private org.hamcrest.Matcher<List<org.axonframework.eventhandling.EventMessage<?>>> madeWith(String description, @Nullable Instant dueAt) {
        return AppliedEvents.single(PromiseMade.class, made -> {
            assertThat(made).extracting(PromiseMade::promiseId, PromiseMade::coupleId, PromiseMade::promiserId,
                    PromiseMade::promiseeId, PromiseMade::dueAt).containsExactly(PROMISE, COUPLE, ALICE, BOB, dueAt);
            assertThat(vault.open(Promise.descriptionOf(COUPLE, PROMISE), made.description())).isEqualTo(description);
            assertThat(vault.matches(Promise.contentOf(COUPLE, PROMISE), made.fingerprint(), description)).isTrue();
            assertThat(HearthSerializer.forEvents().serialize(made, String.class).getData()).doesNotContain(description);
        });
    }

    /** The command's answer, opened as the API opens it. */
    private org.hamcrest.Matcher<Object> answers(PromiseStatus status, HistoryEntry... history) {
        return Satisfies.that(result -> assertThat(PromiseDetails.of((PromiseHistory) result, vault)).isEqualTo(
                new PromiseDetails(PROMISE, COUPLE, ALICE, BOB, DINNER, TOMORROW, status, List.of(history))));
    }

    private static MakePromise make() {
        return new MakePromise(PROMISE, COUPLE, ALICE, BOB, DINNER, TOMORROW);
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
                    .expectEventsMatching(madeWith(DINNER, TOMORROW));
        }

        @Test
        void a_promise_without_a_due_time_is_made() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, "Call your mother", null))
                    .expectEventsMatching(madeWith("Call your mother", null));
        }

        @Test
        void a_description_of_exactly_500_characters_is_accepted() {
            String longest = "x".repeat(500);
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, longest, null))
                    .expectEventsMatching(madeWith(longest, null));
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
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, DINNER, null)), ProblemType.ID_CONFLICT, null);
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

    /** Keeping or breaking the promise: the command, and the status and history entry it leaves. */
    record Outcome(String name, PromiseStatus status, OutcomeCommand command) {

        interface OutcomeCommand {
            Object by(String coupleId, String userId, @Nullable String note);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Outcome KEEPING =
            new Outcome("keeping", PromiseStatus.KEPT, (couple, by, note) -> new KeepPromise(PROMISE, couple, by, note, null));
    private static final Outcome BREAKING =
            new Outcome("breaking", PromiseStatus.BROKEN, (couple, by, note) -> new BreakPromise(PROMISE, couple, by, note, null));

    static Stream<Outcome> keepingAndBreaking() {
        return Stream.of(KEEPING, BREAKING);
    }

    /** Each outcome on a promise already kept or broken, asked by someone who may otherwise record it. */
    static Stream<Arguments> onClosedPromises() {
        return Stream.of(Arguments.of(KEEPING, PromiseStatus.KEPT, BOB), Arguments.of(KEEPING, PromiseStatus.BROKEN, ALICE),
                Arguments.of(BREAKING, PromiseStatus.KEPT, BOB), Arguments.of(BREAKING, PromiseStatus.BROKEN, BOB));
    }

    /** Keeping and breaking: what they share (each closes an open promise of the couple, with a note), then who may do which. */
    @Nested
    class KeepingOrBreaking {

        @ParameterizedTest(name = "{0}")
        @MethodSource(KEEPING_AND_BREAKING)
        void answers_the_promise_as_it_now_stands_with_its_history(Outcome outcome) {
            fixture.given(made())
                    .when(outcome.command().by(COUPLE, BOB, "Noted"))
                    .expectResultMessagePayloadMatching(answers(outcome.status(),
                            new HistoryEntry("MADE", NOW, ALICE, null), new HistoryEntry(outcome.status().name(), NOW, BOB, "Noted")));
        }

        @ParameterizedTest(name = "{0} a {1} promise, by {2}")
        @MethodSource("dev.hearth.commitment.promise.PromiseTest#onClosedPromises")
        void a_kept_or_broken_promise_is_closed_to_it(Outcome outcome, PromiseStatus closedAs, String by) {
            Object closing = closedAs == PromiseStatus.KEPT ? kept(ALICE, null) : broken(null);
            rejected(fixture.given(made(), closing).when(outcome.command().by(COUPLE, by, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(KEEPING_AND_BREAKING)
        void a_promise_of_another_couple_is_not_found(Outcome outcome) {
            rejected(fixture.given(made()).when(outcome.command().by(OTHER_COUPLE, "carol", null)), ProblemType.PROMISE_NOT_FOUND, null);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(KEEPING_AND_BREAKING)
        void a_note_longer_than_500_characters_is_rejected_naming_note(Outcome outcome) {
            rejected(fixture.given(made()).when(outcome.command().by(COUPLE, BOB, "x".repeat(501))), ProblemType.INVALID_REQUEST, "note");
        }

        @Test
        void the_promisee_keeps_an_open_promise() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, "Delicious", null))
                    .expectEventsMatching(AppliedEvents.single(PromiseKept.class, kept -> {
                            assertThat(kept.recordedBy()).isEqualTo(BOB);
                            assertThat(vault.open(Promise.keptNoteOf(COUPLE, PROMISE), kept.note())).isEqualTo("Delicious");
                            assertThat(HearthSerializer.forEvents().serialize(kept, String.class).getData()).doesNotContain("Delicious");
                        }));
        }

        @Test
        void the_promiser_keeps_an_open_promise() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, ALICE, null, null))
                    .expectEvents(kept(ALICE, null));
        }

        @Test
        void someone_who_is_neither_promiser_nor_promisee_cannot_keep_it() {
            rejected(fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, "mallory", null, null)), ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void the_promisee_records_a_broken_promise() {
            fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, BOB, "Forgot again", null))
                    .expectEventsMatching(AppliedEvents.single(PromiseBroken.class, broken -> assertThat(
                                vault.open(Promise.brokenNoteOf(COUPLE, PROMISE), broken.note())).isEqualTo("Forgot again")));
        }

        @Test
        void the_promiser_cannot_record_the_promise_as_broken() {
            rejected(fixture.given(made())
                    .when(new BreakPromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.NOT_ALLOWED, null);
        }
    }

    @Nested
    class Sealing {

        @Test
        void a_retried_make_is_recognised_by_a_fingerprint_under_the_couple_key_not_by_the_words() {
            AggregateTestFixture<Promise> withAnotherKey = AggregateFixtures.of(Promise.class, CoupleKeyVault.inMemory(), PromiseTimes.DEFAULTS);
            withAnotherKey.givenCurrentTime(NOW);
            // The same words under another key have another fingerprint: nothing compares them in clear.
            rejected(withAnotherKey.given(made()).when(make()), ProblemType.ID_CONFLICT, null);
        }

        @Test
        void the_words_are_not_compared_in_clear_a_lookalike_description_is_an_id_conflict() {
            rejected(fixture.given(made())
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, DINNER + " ", TOMORROW)), ProblemType.ID_CONFLICT, null);
        }

        @Test
        void the_promise_as_the_aggregate_keeps_it_holds_no_word_in_clear() {
            PromiseHistory history = PromiseHistory.after(PromiseHistory.after(null, made(), NOW), kept(BOB, "Delicious"), NOW);

            assertThat(history.toString()).doesNotContain(DINNER).doesNotContain("Delicious");
            assertThat(history.promise().description()).isInstanceOf(Sealed.class);
        }

        @Test
        void commands_name_no_words_in_their_text() {
            assertThat(make().toString()).doesNotContain(DINNER);
            assertThat(new KeepPromise(PROMISE, COUPLE, BOB, "Delicious", null).toString()).doesNotContain("Delicious");
            assertThat(new BreakPromise(PROMISE, COUPLE, BOB, "Forgot again", null).toString()).doesNotContain("Forgot again");
            assertThat(new ReleasePromise(PROMISE, COUPLE, BOB, "No need", null).toString()).doesNotContain("No need");
            assertThat(new WithdrawPromise(PROMISE, COUPLE, ALICE, "Changed my mind", null))
                    .hasToString("WithdrawPromise[promiseId=" + PROMISE + ", coupleId=" + COUPLE + ", recordedBy=" + ALICE + "]");
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
