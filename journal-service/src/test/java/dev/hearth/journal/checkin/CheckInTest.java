package dev.hearth.journal.checkin;

import static dev.hearth.journal.JournalExamples.ALICE;
import static dev.hearth.journal.JournalExamples.COUPLE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.journal.words.Mood;
import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import dev.hearth.platform.test.AppliedEvents;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final String CHECK_IN = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final FixtureConfiguration<CheckIn> fixture = AggregateFixtures.of(CheckIn.class, vault);

    @Test
    void a_partner_checks_in_and_the_score_and_mood_are_sealed_like_text() {
        fixture.givenNoPriorActivity()
                .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, 4, Mood.HOPEFUL))
                .expectEventsMatching(AppliedEvents.single(SafetyCheckedIn.class, checkedIn -> {
                        assertThat(checkedIn.partnerId()).isEqualTo(ALICE);
                        assertThat(vault.open(CheckIn.safetyOf(COUPLE, CHECK_IN), checkedIn.safety())).isEqualTo("4");
                        assertThat(vault.open(CheckIn.moodOf(COUPLE, CHECK_IN), checkedIn.mood())).isEqualTo("HOPEFUL");
                        assertThat(HearthSerializer.forEvents().serialize(checkedIn, String.class).getData())
                                .doesNotContain("HOPEFUL").doesNotContain("\"safety\":4");
                    }));
    }

    @Test
    void safety_is_from_1_to_5() {
        for (int outside : new int[] {0, 6, -1}) {
            fixture.givenNoPriorActivity()
                    .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, outside, null))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.INVALID_REQUEST, "safety"));
        }
        fixture.givenNoPriorActivity()
                .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, 1, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_same_check_in_retried_changes_nothing_and_another_score_under_its_id_is_an_id_conflict() {
        SafetyCheckedIn first = new SafetyCheckedIn(CHECK_IN, COUPLE, ALICE, vault.seal(CheckIn.safetyOf(COUPLE, CHECK_IN), "4"),
                null, vault.fingerprint(CheckIn.safetyOf(COUPLE, CHECK_IN).field("content"), "4|"));

        fixture.given(first)
                .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, 4, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(first)
                .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, 5, null))
                .expectException(rejectedWith(ProblemType.ID_CONFLICT));
        fixture.given(first)
                .when(new RecordCheckIn(CHECK_IN, COUPLE, ALICE, 4, Mood.SAD))
                .expectException(rejectedWith(ProblemType.ID_CONFLICT));
    }
}
