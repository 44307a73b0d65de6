package dev.hearth.journal.conflict;

import static dev.hearth.journal.JournalExamples.ALICE;
import static dev.hearth.journal.JournalExamples.BOB;
import static dev.hearth.journal.JournalExamples.COUPLE;
import static dev.hearth.journal.JournalExamples.OTHER_COUPLE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import dev.hearth.platform.test.AppliedEvents;
import java.time.Instant;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ConflictTest {

    private static final String CONFLICT = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
    private static final Instant OPENED = Instant.parse("2026-03-01T21:00:00Z");

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final FixtureConfiguration<Conflict> fixture = AggregateFixtures.of(Conflict.class, vault);

    private ConflictOpened opened(String topic) {
        return new ConflictOpened(CONFLICT, COUPLE, ALICE, vault.seal(Conflict.topicOf(COUPLE, CONFLICT), topic),
                vault.fingerprint(Conflict.topicOf(COUPLE, CONFLICT).field("content"), topic));
    }

    @Test
    void a_partner_opens_a_conflict_whose_topic_the_event_holds_only_sealed() {
        fixture.givenNoPriorActivity()
                .when(new OpenConflict(CONFLICT, COUPLE, ALICE, "money and the holidays"))
                .expectEventsMatching(AppliedEvents.single(ConflictOpened.class, opened -> {
                        assertThat(opened.openedBy()).isEqualTo(ALICE);
                        assertThat(vault.open(Conflict.topicOf(COUPLE, CONFLICT), opened.topic()))
                                .isEqualTo("money and the holidays");
                        assertThat(HearthSerializer.forEvents().serialize(opened, String.class).getData())
                                .doesNotContain("money");
                    }));
    }

    @Test
    void a_topic_must_be_1_to_200_characters_and_not_blank() {
        fixture.givenNoPriorActivity()
                .when(new OpenConflict(CONFLICT, COUPLE, ALICE, " "))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.INVALID_REQUEST, "topic"));
        fixture.givenNoPriorActivity()
                .when(new OpenConflict(CONFLICT, COUPLE, ALICE, "t".repeat(201)))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.INVALID_REQUEST, "topic"));
    }

    @Test
    void the_same_open_retried_changes_nothing_and_another_topic_under_its_id_is_an_id_conflict() {
        fixture.given(opened("money"))
                .when(new OpenConflict(CONFLICT, COUPLE, ALICE, "money"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(opened("money"))
                .when(new OpenConflict(CONFLICT, COUPLE, ALICE, "chores"))
                .expectException(rejectedWith(ProblemType.ID_CONFLICT));
        fixture.given(opened("money"))
                .when(new OpenConflict(CONFLICT, COUPLE, BOB, "money"))
                .expectException(rejectedWith(ProblemType.ID_CONFLICT));
    }

    @Test
    void either_partner_attempts_repairs_numbered_from_one_with_the_note_sealed() {
        fixture.given(opened("money"), new RepairAttempted(CONFLICT, COUPLE, ALICE, 1, null))
                .when(new AttemptRepair(CONFLICT, COUPLE, BOB, "I am sorry I shouted"))
                .expectEventsMatching(AppliedEvents.single(RepairAttempted.class, repair -> {
                        assertThat(repair.attempt()).isEqualTo(2);
                        assertThat(repair.attemptedBy()).isEqualTo(BOB);
                        assertThat(vault.open(Conflict.noteOf(COUPLE, CONFLICT, 2), repair.note()))
                                .isEqualTo("I am sorry I shouted");
                    }));
    }

    @Test
    void a_repair_without_a_note_has_none() {
        fixture.given(opened("money"))
                .when(new AttemptRepair(CONFLICT, COUPLE, ALICE, null))
                .expectEvents(new RepairAttempted(CONFLICT, COUPLE, ALICE, 1, null));
    }

    @Test
    void a_note_over_1000_characters_is_an_invalid_request_naming_note() {
        fixture.given(opened("money"))
                .when(new AttemptRepair(CONFLICT, COUPLE, ALICE, "n".repeat(1_001)))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.INVALID_REQUEST, "note"));
    }

    @Test
    void either_partner_resolves_it_with_when_it_was_opened() {
        fixture.givenCurrentTime(OPENED)
                .andGiven(opened("money"))
                .when(new ResolveConflict(CONFLICT, COUPLE, BOB, Resolution.COMPROMISE))
                .expectEvents(new ConflictResolved(CONFLICT, COUPLE, BOB, Resolution.COMPROMISE, OPENED));
    }

    @Test
    void a_resolved_conflict_takes_neither_a_repair_nor_another_resolution() {
        ConflictResolved resolved = new ConflictResolved(CONFLICT, COUPLE, BOB, Resolution.COMPROMISE, OPENED);
        fixture.given(opened("money"), resolved)
                .when(new AttemptRepair(CONFLICT, COUPLE, ALICE, null))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.CONFLICT_RESOLVED));
        fixture.given(opened("money"), resolved)
                .when(new ResolveConflict(CONFLICT, COUPLE, BOB, Resolution.COMPROMISE))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.CONFLICT_RESOLVED));
    }

    @Test
    void a_conflict_of_another_couple_is_not_found() {
        fixture.given(opened("money"))
                .when(new AttemptRepair(CONFLICT, OTHER_COUPLE, "carol", null))
                .expectNoEvents()
                .expectException(rejectedWith(ProblemType.CONFLICT_NOT_FOUND));
        fixture.given(opened("money"))
                .when(new ResolveConflict(CONFLICT, OTHER_COUPLE, "carol", Resolution.AGREEMENT))
                .expectException(rejectedWith(ProblemType.CONFLICT_NOT_FOUND));
    }
}
