package dev.hearth.commitment.promise;

import static dev.hearth.commitment.promise.PromiseExamples.ALICE;
import static dev.hearth.commitment.promise.PromiseExamples.BOB;
import static dev.hearth.commitment.promise.PromiseExamples.COUPLE;
import static dev.hearth.commitment.promise.PromiseExamples.DINNER;
import static dev.hearth.commitment.promise.PromiseExamples.NOW;
import static dev.hearth.commitment.promise.PromiseExamples.PROMISE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.hearth.commitment.promise.view.PromiseDetails;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import dev.hearth.platform.test.AppliedEvents;
import dev.hearth.platform.test.Satisfies;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rest of the lifecycle: release, withdraw, renegotiate, the promise-due deadline and its miss,
 * late keeps, and retries with an Idempotency-Key. Checks come in one order: promise, role, retry, state.
 */
class PromiseLifecycleTest {

    private static final Instant DUE = NOW.plus(Duration.ofDays(1));
    private static final Instant LATER = NOW.plus(Duration.ofDays(3));
    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final Duration LATE_KEEP_WINDOW = Duration.ofHours(24);
    private static final String DEADLINE = "deadline-1";

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final List<Boolean> firings = new ArrayList<>();
    /** The couple as the membership view has it: who left it, whether it was erased. */
    private @Nullable String leaver;
    private boolean erased;
    private final CoupleStates couples = new CoupleStates() {
        @Override
        public Optional<String> leaver(String coupleId) {
            return Optional.ofNullable(leaver);
        }

        @Override
        public boolean erased(String coupleId) {
            return erased;
        }
    };
    private final AggregateTestFixture<Promise> fixture = AggregateFixtures.of(Promise.class, vault,
            new PromiseTimes(GRACE, LATE_KEEP_WINDOW), (DueFirings) firings::add, couples);

    @BeforeEach
    void itIsNow() {
        fixture.givenCurrentTime(NOW);
    }

    private PromiseMade made(@Nullable String deadlineId) {
        return new PromiseMade(PROMISE, COUPLE, ALICE, BOB, vault.seal(Promise.descriptionOf(COUPLE, PROMISE), DINNER),
                vault.fingerprint(Promise.contentOf(COUPLE, PROMISE), DINNER), DUE, deadlineId);
    }

    private PromiseMade made() {
        return made(null);
    }

    private PromiseMissed missed() {
        return new PromiseMissed(PROMISE, COUPLE, ALICE, BOB, DUE);
    }

    private RetryKey retryKey(String key, PromiseOutcome request) {
        return new RetryKey(key, vault.fingerprint(Promise.requestOf(COUPLE, PROMISE), request.request()));
    }

    private static MakePromise make() {
        return new MakePromise(PROMISE, COUPLE, ALICE, BOB, DINNER, DUE);
    }

    /** The promise, as made, reaches its due time and grace: its deadline fires. */
    private ResultValidator<Promise> whenTheDeadlineFires() {
        return fixture.givenCommands(make())
                .whenTimeAdvancesTo(DUE.plus(GRACE))
                .expectTriggeredDeadlines(new PromiseDue(DUE));
    }

    private static void rejected(ResultValidator<Promise> result, ProblemType type, @Nullable String field) {
        result.expectNoEvents().expectException(rejectedWith(type, field));
    }

    private static Matcher<List<EventMessage<?>>> applied(Class<?> type, java.util.function.Consumer<Object> check) {
        return AppliedEvents.single(type, check::accept);
    }

    private Matcher<Object> answers(PromiseStatus status) {
        return Satisfies.that(result -> assertThat(PromiseDetails.of((PromiseHistory) result, vault).status()).isEqualTo(status));
    }

    @Nested
    class Releasing {

        @Test
        void the_promisee_releases_an_open_promise_and_its_note_is_sealed() {
            fixture.given(made())
                    .when(new ReleasePromise(PROMISE, COUPLE, BOB, "No need any more", null))
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.RELEASED))
                    .expectEventsMatching(applied(PromiseReleased.class, event -> {
                        PromiseReleased released = (PromiseReleased) event;
                        assertThat(released.recordedBy()).isEqualTo(BOB);
                        assertThat(released.dueAt()).isEqualTo(DUE);
                        assertThat(vault.open(Promise.releasedNoteOf(COUPLE, PROMISE), released.note())).isEqualTo("No need any more");
                    }));
        }

        @Test
        void the_promiser_cannot_release_their_own_promise() {
            rejected(fixture.given(made()).when(new ReleasePromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void the_role_is_checked_before_the_state_so_the_promiser_hears_403_on_a_closed_promise() {
            rejected(fixture.given(made(), missed()).when(new ReleasePromise(PROMISE, COUPLE, ALICE, null, null)),
                    ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void releasing_a_missed_promise_is_rejected() {
            rejected(fixture.given(made(), missed()).when(new ReleasePromise(PROMISE, COUPLE, BOB, null, null)),
                    ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void releasing_cancels_the_pending_deadline() {
            fixture.givenCommands(make())
                    .when(new ReleasePromise(PROMISE, COUPLE, BOB, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void the_promiser_withdraws_before_the_due_time() {
            fixture.given(made())
                    .when(new WithdrawPromise(PROMISE, COUPLE, ALICE, null, null))
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.WITHDRAWN))
                    .expectEventsMatching(applied(PromiseWithdrawn.class, event ->
                            assertThat(((PromiseWithdrawn) event).note()).isNull()));
        }

        @Test
        void the_promisee_cannot_withdraw() {
            rejected(fixture.given(made()).when(new WithdrawPromise(PROMISE, COUPLE, BOB, null, null)), ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void withdrawing_at_the_due_time_is_rejected_as_closed() {
            rejected(fixture.given(made()).andGivenCurrentTime(DUE).when(new WithdrawPromise(PROMISE, COUPLE, ALICE, null, null)),
                    ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void withdrawing_after_the_due_time_within_the_grace_is_rejected_as_closed() {
            rejected(fixture.given(made()).andGivenCurrentTime(DUE.plusSeconds(1))
                    .when(new WithdrawPromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void withdrawing_a_released_promise_is_rejected() {
            rejected(fixture.given(made(), new PromiseReleased(PROMISE, COUPLE, ALICE, BOB, BOB, null, DUE, null))
                    .when(new WithdrawPromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.PROMISE_CLOSED, null);
        }
    }

    @Nested
    class Renegotiating {

        @Test
        void the_promiser_moves_the_due_time_and_the_deadline_is_replaced() {
            fixture.givenCommands(make())
                    .when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, LATER, null, null))
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.OPEN))
                    .expectEventsMatching(applied(PromiseRenegotiated.class, event -> {
                        PromiseRenegotiated renegotiated = (PromiseRenegotiated) event;
                        assertThat(renegotiated.previousDueAt()).isEqualTo(DUE);
                        assertThat(renegotiated.dueAt()).isEqualTo(LATER);
                        assertThat(renegotiated.description()).isNull();
                        assertThat(renegotiated.deadlineId()).isNotNull();
                    }))
                    .expectScheduledDeadline(LATER.plus(GRACE), new PromiseDue(LATER))
                    .expectNoScheduledDeadline(DUE.plus(GRACE), new PromiseDue(DUE));
        }

        @Test
        void the_promiser_changes_the_description_which_is_sealed_and_the_deadline_stays() {
            fixture.givenCommands(make())
                    .when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, null, "Cook dinner on Saturday", null))
                    .expectEventsMatching(applied(PromiseRenegotiated.class, event -> {
                        PromiseRenegotiated renegotiated = (PromiseRenegotiated) event;
                        assertThat(renegotiated.dueAt()).isEqualTo(DUE);
                        assertThat(renegotiated.deadlineId()).isNull();
                        assertThat(vault.open(Promise.descriptionOf(COUPLE, PROMISE), renegotiated.description()))
                                .isEqualTo("Cook dinner on Saturday");
                    }))
                    .expectScheduledDeadline(DUE.plus(GRACE), new PromiseDue(DUE));
        }

        @Test
        void unchanged_values_answer_the_promise_and_write_nothing() {
            fixture.given(made())
                    .when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, DUE, DINNER, null))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.OPEN));
        }

        @Test
        void the_promisee_cannot_renegotiate() {
            rejected(fixture.given(made()).when(new RenegotiatePromise(PROMISE, COUPLE, BOB, LATER, null, null)),
                    ProblemType.NOT_ALLOWED, null);
        }

        @Test
        void renegotiating_at_the_due_time_is_rejected_as_closed() {
            rejected(fixture.given(made()).andGivenCurrentTime(DUE)
                    .when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, LATER.plusSeconds(60), null, null)),
                    ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void renegotiating_with_nothing_to_change_is_rejected_naming_due_at() {
            rejected(fixture.given(made()).when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, null, null, null)),
                    ProblemType.INVALID_REQUEST, "dueAt");
        }

        @Test
        void a_new_due_time_in_the_past_or_beyond_five_years_is_rejected_naming_due_at() {
            rejected(fixture.given(made()).when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, NOW.minusSeconds(1), null, null)),
                    ProblemType.INVALID_REQUEST, "dueAt");
            rejected(fixture.given(made()).when(new RenegotiatePromise(PROMISE, COUPLE, ALICE, NOW.plus(Duration.ofDays(1_827)), null, null)),
                    ProblemType.INVALID_REQUEST, "dueAt");
        }
    }

    @Nested
    class Deadlines {

        @Test
        void making_a_promise_with_a_due_time_schedules_its_deadline_after_the_grace() {
            fixture.givenNoPriorActivity()
                    .when(make())
                    .expectScheduledDeadline(DUE.plus(GRACE), new PromiseDue(DUE))
                    .expectEventsMatching(applied(PromiseMade.class, event ->
                            assertThat(((PromiseMade) event).deadlineId()).isNotNull()));
        }

        @Test
        void a_promise_without_a_due_time_schedules_nothing() {
            fixture.givenNoPriorActivity()
                    .when(new MakePromise(PROMISE, COUPLE, ALICE, BOB, DINNER, null))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void keeping_cancels_the_deadline() {
            fixture.givenCommands(make())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, null, null))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void an_open_promise_is_missed_once_when_its_deadline_fires() {
            whenTheDeadlineFires()
                    .expectEvents(missed());
            assertThat(firings).containsExactly(true);
        }

        @Test
        void kept_a_millisecond_before_the_due_time_the_promise_is_never_missed() {
            fixture.givenCurrentTime(DUE.minusMillis(2))
                    .andGivenCommands(make(), new KeepPromise(PROMISE, COUPLE, BOB, null, null))
                    .whenTimeAdvancesTo(DUE.plus(GRACE).plusSeconds(1))
                    .expectNoEvents()
                    .expectTriggeredDeadlines();
        }

        @Test
        void a_deadline_of_a_due_time_since_moved_is_ignored() {
            // The renegotiation is given as an event: its command would have cancelled the old deadline.
            fixture.givenCommands(make())
                    .andGiven(new PromiseRenegotiated(PROMISE, COUPLE, ALICE, BOB, ALICE, DUE, LATER, null, null, "another", null))
                    .whenTimeAdvancesTo(DUE.plus(GRACE))
                    .expectTriggeredDeadlines(new PromiseDue(DUE))
                    .expectNoEvents();
            assertThat(firings).containsExactly(false);
        }

        @Test
        void a_deadline_of_a_closed_promise_is_ignored() {
            fixture.givenCommands(make())
                    .andGiven(new PromiseBroken(PROMISE, COUPLE, ALICE, BOB, BOB, null))
                    .whenTimeAdvancesTo(DUE.plus(GRACE))
                    .expectNoEvents();
            assertThat(firings).containsExactly(false);
        }
    }

    @Nested
    class Leaving {

        private PromiseReleased releasedByTheLeaver() {
            return new PromiseReleased(PROMISE, COUPLE, ALICE, BOB, BOB, null, DUE, null, PromiseReleased.PARTNER_LEFT);
        }

        @Test
        void an_open_promise_is_released_by_the_leaver_without_blame_and_its_deadline_cancelled() {
            fixture.givenCommands(make())
                    .when(new ReleaseOnLeave(PROMISE, COUPLE, BOB))
                    .expectEvents(releasedByTheLeaver())
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_promise_no_longer_open_or_released_already_is_left_as_it_is() {
            fixture.givenCommands(make())
                    .andGiven(releasedByTheLeaver())
                    .when(new ReleaseOnLeave(PROMISE, COUPLE, BOB))
                    .expectNoEvents();
        }

        @Test
        void a_deadline_firing_for_a_closed_couple_releases_the_promise_and_never_misses_it() {
            leaver = BOB;
            whenTheDeadlineFires()
                    .expectEvents(releasedByTheLeaver());
            assertThat(firings).containsExactly(false);
        }

        @Test
        void a_deadline_firing_for_an_erased_couple_is_ignored() {
            erased = true;
            fixture.givenCommands(make())
                    .whenTimeAdvancesTo(DUE.plus(GRACE))
                    .expectNoEvents();
            assertThat(firings).containsExactly(false);
        }
    }

    @Nested
    class LateKeeps {

        @Test
        void a_missed_promise_kept_within_the_window_is_kept_late() {
            fixture.given(made(), missed())
                    .andGivenCurrentTime(DUE.plus(Duration.ofHours(3)))
                    .when(new KeepPromise(PROMISE, COUPLE, ALICE, null, null))
                    .expectResultMessagePayloadMatching(Satisfies.that(result -> {
                        PromiseDetails details = PromiseDetails.of((PromiseHistory) result, vault);
                        assertThat(details.status()).isEqualTo(PromiseStatus.KEPT);
                        assertThat(details.history()).extracting(PromiseDetails.HistoryEntry::type)
                                .containsExactly("MADE", "MISSED", "KEPT");
                        assertThat(details.history().get(1).recordedBy()).isNull();
                        assertThat(details.history().get(2).late()).isTrue();
                    }))
                    .expectEventsMatching(applied(PromiseKept.class, event -> {
                        assertThat(((PromiseKept) event).late()).isTrue();
                        assertThat(((PromiseKept) event).dueAt()).isEqualTo(DUE);
                    }));
        }

        @Test
        void a_keep_after_the_due_time_of_a_promise_still_open_is_late_too() {
            fixture.given(made())
                    .andGivenCurrentTime(DUE.plusSeconds(1))
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, null, null))
                    .expectEventsMatching(applied(PromiseKept.class, event -> assertThat(((PromiseKept) event).late()).isTrue()));
        }

        @Test
        void a_keep_before_the_due_time_is_not_late() {
            fixture.given(made())
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, null, null))
                    .expectEventsMatching(applied(PromiseKept.class, event -> assertThat(((PromiseKept) event).late()).isFalse()));
        }

        @Test
        void a_missed_promise_can_no_longer_be_kept_after_the_window() {
            rejected(fixture.given(made(), missed())
                    .andGivenCurrentTime(DUE.plus(LATE_KEEP_WINDOW).plusSeconds(1))
                    .when(new KeepPromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void a_missed_promise_cannot_be_broken_released_or_withdrawn() {
            rejected(fixture.given(made(), missed()).when(new BreakPromise(PROMISE, COUPLE, BOB, null, null)), ProblemType.PROMISE_CLOSED, null);
            rejected(fixture.given(made(), missed()).when(new ReleasePromise(PROMISE, COUPLE, BOB, null, null)), ProblemType.PROMISE_CLOSED, null);
            rejected(fixture.given(made(), missed()).when(new WithdrawPromise(PROMISE, COUPLE, ALICE, null, null)), ProblemType.PROMISE_CLOSED, null);
        }

        @Test
        void a_late_keep_is_final_a_second_keep_is_rejected() {
            rejected(fixture.given(made(), missed(), new PromiseKept(PROMISE, COUPLE, ALICE, BOB, ALICE, null, DUE, true, null))
                    .when(new KeepPromise(PROMISE, COUPLE, BOB, null, null)), ProblemType.PROMISE_CLOSED, null);
        }
    }

    @Nested
    class Retries {

        private final KeepPromise keep = new KeepPromise(PROMISE, COUPLE, BOB, "Done", "k1");

        @Test
        void the_key_is_kept_in_the_event() {
            fixture.given(made())
                    .when(keep)
                    .expectEventsMatching(applied(PromiseKept.class, event -> {
                        RetryKey retryKey = ((PromiseKept) event).retryKey();
                        assertThat(retryKey).isNotNull();
                        assertThat(retryKey.key()).isEqualTo("k1");
                        assertThat(retryKey.fingerprint()).doesNotContain("Done");
                    }));
        }

        @Test
        void the_same_key_action_and_body_answer_again_with_nothing_written() {
            fixture.given(made(), new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB, vault.seal(Promise.keptNoteOf(COUPLE, PROMISE), "Done"),
                            DUE, false, retryKey("k1", keep)))
                    .when(keep)
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.KEPT));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void after_a_keyed_keep_another_outcome_is_refused(String rule, PromiseOutcome other, ProblemType refusal) {
            rejected(fixture.given(made(), new PromiseKept(PROMISE, COUPLE, ALICE, BOB, BOB, null, DUE, false, retryKey("k1", keep)))
                    .when(other), refusal, null);
        }

        static Stream<Arguments> after_a_keyed_keep_another_outcome_is_refused() {
            return Stream.of(
                    arguments("the same key with another body is an id conflict",
                            new KeepPromise(PROMISE, COUPLE, BOB, "Done twice", "k1"), ProblemType.ID_CONFLICT),
                    arguments("the same key for another action is an id conflict",
                            new BreakPromise(PROMISE, COUPLE, BOB, "Done", "k1"), ProblemType.ID_CONFLICT),
                    arguments("keys are scoped to the caller: the partner with the same key hears the state",
                            new KeepPromise(PROMISE, COUPLE, ALICE, "Done", "k1"), ProblemType.PROMISE_CLOSED),
                    arguments("without a key a second outcome stays closed",
                            new KeepPromise(PROMISE, COUPLE, BOB, "Done", null), ProblemType.PROMISE_CLOSED));
        }

        @Test
        void a_renegotiation_is_retried_by_its_key() {
            RenegotiatePromise renegotiate = new RenegotiatePromise(PROMISE, COUPLE, ALICE, LATER, null, "r1");
            fixture.given(made(), new PromiseRenegotiated(PROMISE, COUPLE, ALICE, BOB, ALICE, DUE, LATER, null, null, DEADLINE,
                            retryKey("r1", renegotiate)))
                    .when(renegotiate)
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(answers(PromiseStatus.OPEN));
        }
    }
}
