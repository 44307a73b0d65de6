package dev.hearth.journal.couple;

import static dev.hearth.journal.JournalExamples.ALICE;
import static dev.hearth.journal.JournalExamples.BOB;
import static dev.hearth.journal.JournalExamples.COUPLE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoupleTest {

    private static final String CAROL = "carol";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));
    private static final String CODE = hash("AAAAAAAAAAAAAAAAAAAAAA");
    private static final String NEWER_CODE = hash("BBBBBBBBBBBBBBBBBBBBBB");

    // The couple's history so far, as the tests give it: started by Alice, an invite out, Bob in, a second invite.
    private static final CoupleStarted STARTED = new CoupleStarted(COUPLE, ALICE, "UTC");
    private static final PartnerInvited INVITED = new PartnerInvited(COUPLE, ALICE, CODE, EXPIRES);
    private static final PartnerJoined JOINED = new PartnerJoined(COUPLE, BOB, CODE);
    private static final PartnerInvited INVITED_AGAIN = new PartnerInvited(COUPLE, ALICE, NEWER_CODE, EXPIRES);

    private static final PartnerLeft BOB_LEFT = new PartnerLeft(COUPLE, BOB);
    private static final CoupleErased ERASED = new CoupleErased(COUPLE, BOB);

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final RegistryInMemory registry = new RegistryInMemory(vault.shredder());
    private final FixtureConfiguration<Couple> fixture = AggregateFixtures.of(Couple.class, registry);

    @Nested
    class Starting {

        @Test
        void a_user_starts_a_couple_in_their_timezone() {
            fixture.givenNoPriorActivity()
                    .when(new StartCouple(COUPLE, ALICE, "Europe/Paris"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CoupleStarted(COUPLE, ALICE, "Europe/Paris"));
            assertThat(registry.coupleOfUser).containsEntry(ALICE, COUPLE);
        }

        @Test
        void a_couple_without_a_timezone_lives_in_utc() {
            fixture.givenNoPriorActivity()
                    .when(new StartCouple(COUPLE, ALICE, null))
                    .expectEvents(new CoupleStarted(COUPLE, ALICE, "UTC"));
        }

        // A fixed offset such as +02:00 is no timezone either: the couple's days follow its place's clock changes.
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Mars/Olympus_Mons", "+02:00"})
        void a_timezone_that_is_not_an_iana_id_is_an_invalid_request_naming_timezone(String timezone) {
            fixture.givenNoPriorActivity()
                    .when(new StartCouple(COUPLE, ALICE, timezone))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.INVALID_REQUEST, "timezone"));
            assertThat(registry.coupleOfUser).isEmpty();
        }

        @Test
        void a_user_already_in_a_couple_cannot_start_another() {
            registry.enrol(ALICE, "another-couple");

            fixture.givenNoPriorActivity()
                    .when(new StartCouple(COUPLE, ALICE, "UTC"))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.ALREADY_IN_COUPLE));
        }

        /** A start with an existing id is a retry when it says the same (nothing new), otherwise an id conflict. */
        @ParameterizedTest(name = "{0}")
        @MethodSource
        void a_start_with_a_used_id_is_a_retry_only_with_the_same_content(String rule, CoupleStarted started, StartCouple again,
                                                                         @Nullable ProblemType refused) {
            ResultValidator<Couple> result = fixture.given(started).when(again).expectNoEvents();
            if (refused == null) {
                result.expectSuccessfulHandlerExecution();
            } else {
                result.expectException(rejectedWith(refused));
            }
        }

        static Stream<Arguments> a_start_with_a_used_id_is_a_retry_only_with_the_same_content() {
            return Stream.of(
                    arguments("the same start retried succeeds without a second event",
                            new CoupleStarted(COUPLE, ALICE, "Europe/Paris"), new StartCouple(COUPLE, ALICE, "Europe/Paris"), null),
                    arguments("a retry without timezone matches a start in UTC",
                            new CoupleStarted(COUPLE, ALICE, "UTC"), new StartCouple(COUPLE, ALICE, null), null),
                    arguments("the same id with another timezone is an id conflict",
                            new CoupleStarted(COUPLE, ALICE, "Europe/Paris"), new StartCouple(COUPLE, ALICE, "Asia/Tokyo"),
                            ProblemType.ID_CONFLICT),
                    arguments("the same id from another user is an id conflict",
                            STARTED, new StartCouple(COUPLE, BOB, "UTC"), ProblemType.ID_CONFLICT));
        }
    }

    @Nested
    class Inviting {

        @Test
        void a_partner_invites_and_only_the_code_hash_is_recorded() {
            fixture.given(STARTED)
                    .when(new InvitePartner(COUPLE, ALICE, CODE, EXPIRES))
                    .expectEvents(new PartnerInvited(COUPLE, ALICE, CODE, EXPIRES));
            assertThat(registry.coupleOfInvite(CODE)).contains(COUPLE);
        }

        @Test
        void someone_who_is_not_a_partner_cannot_invite_and_is_told_the_couple_does_not_exist() {
            fixture.given(STARTED)
                    .when(new InvitePartner(COUPLE, CAROL, CODE, EXPIRES))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.COUPLE_NOT_FOUND));
            assertThat(registry.coupleOfInvite).isEmpty();
        }

        @Test
        void a_couple_of_two_cannot_invite_a_third() {
            fixture.given(STARTED, INVITED, JOINED)
                    .when(new InvitePartner(COUPLE, BOB, NEWER_CODE, EXPIRES))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.COUPLE_FULL));
        }

        @Test
        void a_new_invite_replaces_the_open_one() {
            fixture.given(STARTED, INVITED)
                    .when(new InvitePartner(COUPLE, ALICE, NEWER_CODE, EXPIRES))
                    .expectEvents(new PartnerInvited(COUPLE, ALICE, NEWER_CODE, EXPIRES));
        }

        @Test
        void a_keyed_retry_of_the_open_invite_changes_nothing_and_answers_its_first_expiry() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(new CoupleStarted(COUPLE, ALICE, "UTC"), new PartnerInvited(COUPLE, ALICE, CODE, EXPIRES))
                    .when(new InvitePartner(COUPLE, ALICE, CODE, EXPIRES.plusSeconds(30), true))
                    .expectNoEvents()
                    .expectResultMessagePayload(EXPIRES);
        }

        @Test
        void a_new_keyed_invite_answers_its_expiry() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(new CoupleStarted(COUPLE, ALICE, "UTC"))
                    .when(new InvitePartner(COUPLE, ALICE, CODE, EXPIRES, true))
                    .expectEvents(new PartnerInvited(COUPLE, ALICE, CODE, EXPIRES))
                    .expectResultMessagePayload(EXPIRES);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void a_refused_keyed_retry_changes_nothing(String rule, Instant now, List<Object> history, InvitePartner retry,
                                                   ProblemType refusal) {
            fixture.givenCurrentTime(now)
                    .andGiven(history)
                    .when(retry)
                    .expectNoEvents()
                    .expectException(rejectedWith(refusal));
        }

        static Stream<Arguments> a_refused_keyed_retry_changes_nothing() {
            return Stream.of(
                    arguments("a keyed retry after the invite was used is an id conflict", NOW, List.of(STARTED, INVITED, JOINED),
                            new InvitePartner(COUPLE, ALICE, CODE, EXPIRES, true), ProblemType.ID_CONFLICT),
                    arguments("a keyed retry after the invite was replaced is an id conflict", NOW,
                            List.of(STARTED, INVITED, INVITED_AGAIN),
                            new InvitePartner(COUPLE, ALICE, CODE, EXPIRES, true), ProblemType.ID_CONFLICT),
                    arguments("a keyed retry after the invite expired is an id conflict", EXPIRES, List.of(STARTED, INVITED),
                            new InvitePartner(COUPLE, ALICE, CODE, EXPIRES.plus(Duration.ofDays(7)), true), ProblemType.ID_CONFLICT),
                    arguments("an outsider retrying someone else's key is told the couple does not exist", NOW,
                            List.of(STARTED, INVITED),
                            new InvitePartner(COUPLE, CAROL, CODE, EXPIRES, true), ProblemType.COUPLE_NOT_FOUND));
        }
    }

    @Nested
    class Accepting {

        @Test
        void the_invited_user_joins_as_second_partner() {
            fixture.given(STARTED, INVITED)
                    .when(new AcceptInvite(COUPLE, CODE, BOB, NOW))
                    .expectEvents(new PartnerJoined(COUPLE, BOB, CODE));
            assertThat(registry.coupleOfUser).containsEntry(BOB, COUPLE);
        }

        @Test
        void an_invite_accepted_just_before_it_expires_still_works() {
            fixture.given(STARTED, INVITED)
                    .when(new AcceptInvite(COUPLE, CODE, BOB, EXPIRES.minusMillis(1)))
                    .expectEvents(new PartnerJoined(COUPLE, BOB, CODE));
        }

        @Test
        void an_expired_invite_is_gone() {
            fixture.given(STARTED, INVITED)
                    .when(new AcceptInvite(COUPLE, CODE, BOB, EXPIRES))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.INVITE_EXPIRED));
            assertThat(registry.coupleOfUser).doesNotContainKey(BOB);
        }

        @Test
        void the_joiner_retrying_the_accept_succeeds_without_a_second_event() {
            fixture.given(STARTED, INVITED, JOINED)
                    .when(new AcceptInvite(COUPLE, CODE, BOB, NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_member_of_another_couple_cannot_join() {
            registry.enrol(CAROL, "another-couple");

            fixture.given(STARTED, INVITED)
                    .when(new AcceptInvite(COUPLE, CODE, CAROL, NOW))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.ALREADY_IN_COUPLE));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void a_refused_accept_changes_nothing(String rule, List<Object> history, AcceptInvite accept, ProblemType refusal) {
            assertRefusedAfter(history, accept, refusal);
        }

        static Stream<Arguments> a_refused_accept_changes_nothing() {
            return Stream.of(
                    arguments("a used invite cannot be used again by someone else", List.of(STARTED, INVITED, JOINED),
                            new AcceptInvite(COUPLE, CODE, CAROL, NOW), ProblemType.INVITE_EXPIRED),
                    arguments("a replaced invite no longer works", List.of(STARTED, INVITED, INVITED_AGAIN),
                            new AcceptInvite(COUPLE, CODE, BOB, NOW), ProblemType.INVITE_EXPIRED),
                    arguments("a code this couple never issued is not found", List.of(STARTED, INVITED),
                            new AcceptInvite(COUPLE, NEWER_CODE, BOB, NOW), ProblemType.INVITE_NOT_FOUND),
                    arguments("a partner accepting their own couple's invite is already in the couple", List.of(STARTED, INVITED),
                            new AcceptInvite(COUPLE, CODE, ALICE, NOW), ProblemType.ALREADY_IN_COUPLE),
                    arguments("a couple of two takes no third partner even with an open invite",
                            List.of(STARTED, INVITED, JOINED, INVITED_AGAIN),
                            new AcceptInvite(COUPLE, NEWER_CODE, CAROL, NOW), ProblemType.COUPLE_FULL));
        }
    }

    @Nested
    class LeavingAndErasing {

        private final Aad text = new Aad(COUPLE, "an-entry", "text");

        private void enrolBoth() {
            registry.enrol(ALICE, COUPLE);
            registry.enrol(BOB, COUPLE);
        }

        @Test
        void a_partner_who_leaves_closes_the_couple_and_their_own_key_goes_while_the_couples_stays() {
            enrolBoth();
            Sealed shared = vault.seal(text, "ours");
            Sealed bobsOwn = vault.sealForAuthor(text, BOB, "his alone");
            Sealed alicesOwn = vault.sealForAuthor(text, ALICE, "hers alone");

            fixture.given(STARTED, INVITED, JOINED)
                    .when(new LeaveCouple(COUPLE, BOB))
                    .expectEvents(BOB_LEFT)
                    .expectResultMessagePayload(CoupleStatus.CLOSED);

            assertThat(registry.coupleOfUser).as("both may start or join another couple").isEmpty();
            assertThatThrownBy(() -> vault.open(text, bobsOwn)).isInstanceOf(SealedValueUnreadable.class);
            assertThat(vault.open(text, shared)).isEqualTo("ours");
            assertThat(vault.open(text, alicesOwn)).isEqualTo("hers alone");
        }

        @Test
        void the_last_partner_to_leave_erases_the_couple() {
            Sealed shared = vault.seal(text, "ours");

            fixture.given(STARTED, INVITED, JOINED, BOB_LEFT)
                    .when(new LeaveCouple(COUPLE, ALICE))
                    .expectEvents(new PartnerLeft(COUPLE, ALICE), new CoupleErased(COUPLE, ALICE))
                    .expectResultMessagePayload(CoupleStatus.ERASED);

            assertThatThrownBy(() -> vault.open(text, shared)).isInstanceOf(SealedValueUnreadable.class);
        }

        @Test
        void a_partner_alone_who_leaves_erases_the_couple() {
            fixture.given(STARTED, INVITED)
                    .when(new LeaveCouple(COUPLE, ALICE))
                    .expectEvents(new PartnerLeft(COUPLE, ALICE), new CoupleErased(COUPLE, ALICE))
                    .expectResultMessagePayload(CoupleStatus.ERASED);
            assertThat(registry.coupleOfInvite).isEmpty();
        }

        @Test
        void either_partner_erases_the_couple_alone_and_every_key_of_it_goes() {
            enrolBoth();
            Sealed shared = vault.seal(text, "ours");
            Sealed alicesOwn = vault.sealForAuthor(text, ALICE, "hers alone");

            fixture.given(STARTED, INVITED, JOINED)
                    .when(new EraseCouple(COUPLE, BOB))
                    .expectEvents(ERASED)
                    .expectResultMessagePayloadMatching(Matchers.instanceOf(Instant.class));

            assertThat(registry.coupleOfUser).isEmpty();
            for (Sealed value : List.of(shared, alicesOwn)) {
                assertThatThrownBy(() -> vault.open(text, value)).isInstanceOf(SealedValueUnreadable.class);
            }
        }

        @Test
        void the_remaining_partner_of_a_closed_couple_may_still_erase_it() {
            fixture.given(STARTED, INVITED, JOINED, BOB_LEFT)
                    .when(new EraseCouple(COUPLE, ALICE))
                    .expectEvents(new CoupleErased(COUPLE, ALICE));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void a_refused_command_changes_nothing(String rule, List<Object> history, CoupleCommand command, ProblemType refusal) {
            assertRefusedAfter(history, command, refusal);
        }

        static Stream<Arguments> a_refused_command_changes_nothing() {
            List<Object> closed = List.of(STARTED, INVITED, JOINED, BOB_LEFT);
            List<Object> erased = List.of(STARTED, INVITED, JOINED, ERASED);
            return Stream.of(
                    arguments("a closed couple takes no invite", closed, new InvitePartner(COUPLE, ALICE, NEWER_CODE, EXPIRES),
                            ProblemType.COUPLE_CLOSED),
                    arguments("a closed couple takes no new partner", List.of(STARTED, INVITED, JOINED, INVITED_AGAIN, BOB_LEFT),
                            new AcceptInvite(COUPLE, NEWER_CODE, CAROL, NOW), ProblemType.COUPLE_CLOSED),
                    arguments("the leaver leaving again is told the couple does not exist", closed,
                            new LeaveCouple(COUPLE, BOB), ProblemType.COUPLE_NOT_FOUND),
                    arguments("the leaver cannot erase", closed, new EraseCouple(COUPLE, BOB), ProblemType.COUPLE_NOT_FOUND),
                    arguments("an outsider cannot leave", List.of(STARTED, INVITED, JOINED), new LeaveCouple(COUPLE, CAROL),
                            ProblemType.COUPLE_NOT_FOUND),
                    arguments("an outsider cannot erase", List.of(STARTED, INVITED, JOINED), new EraseCouple(COUPLE, CAROL),
                            ProblemType.COUPLE_NOT_FOUND),
                    arguments("an erased couple cannot be erased again", erased, new EraseCouple(COUPLE, ALICE),
                            ProblemType.COUPLE_NOT_FOUND),
                    arguments("nobody leaves an erased couple", erased, new LeaveCouple(COUPLE, ALICE),
                            ProblemType.COUPLE_NOT_FOUND),
                    arguments("nobody invites to an erased couple", erased, new InvitePartner(COUPLE, ALICE, NEWER_CODE, EXPIRES),
                            ProblemType.COUPLE_NOT_FOUND),
                    arguments("an erased couple's invites are gone", List.of(STARTED, INVITED, ERASED),
                            new AcceptInvite(COUPLE, CODE, BOB, NOW), ProblemType.INVITE_NOT_FOUND),
                    arguments("an erased couple's id is never started again, not even by its starter", erased,
                            new StartCouple(COUPLE, ALICE, "UTC"), ProblemType.ID_CONFLICT),
                    arguments("a closed couple's id is no retry of its start either", closed,
                            new StartCouple(COUPLE, ALICE, "UTC"), ProblemType.ID_CONFLICT));
        }
    }

    /** The command, on a couple with this history, is refused with this problem and records nothing. */
    private void assertRefusedAfter(List<Object> history, CoupleCommand command, ProblemType refusal) {
        fixture.given(history)
                .when(command)
                .expectNoEvents()
                .expectException(rejectedWith(refusal));
    }

    private static String hash(String code) {
        return new InviteCode(code).hash();
    }
}
