package dev.hearth.journal.entry;

import static dev.hearth.journal.JournalExamples.ALICE;
import static dev.hearth.journal.JournalExamples.BOB;
import static dev.hearth.journal.JournalExamples.COUPLE;
import static dev.hearth.journal.JournalExamples.OTHER_COUPLE;
import static dev.hearth.platform.test.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.hearth.journal.words.Mood;
import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.test.AggregateFixtures;
import dev.hearth.platform.test.AppliedEvents;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JournalEntryTest {

    private static final String ENTRY = "0f3a7c2e-6b1d-4e8f-9a0b-2c3d4e5f6a7b";
    private static final Instant WRITTEN = Instant.parse("2026-03-01T10:00:00Z");

    private final CoupleKeyVault vault = CoupleKeyVault.inMemory();
    private final FixtureConfiguration<JournalEntry> fixture = AggregateFixtures.of(JournalEntry.class, vault);

    private static WriteEntry write(EntryKind kind, Visibility visibility, String text, @Nullable Mood mood,
                                    @Nullable String appreciated) {
        return new WriteEntry(ENTRY, COUPLE, BOB, kind, visibility, text, mood, appreciated);
    }

    private static WriteEntry shared(String text) {
        return write(EntryKind.VULNERABILITY, Visibility.SHARED, text, null, null);
    }

    /** The event a write leaves, made with the fixture's vault as the aggregate would. */
    private EntryWritten written(WriteEntry command) {
        return new EntryWritten(command.entryId(), command.coupleId(), command.authorId(), command.kind(),
                command.visibility(), vault.seal(JournalEntry.textOf(COUPLE, ENTRY), command.text()),
                command.mood() == null ? null : vault.seal(JournalEntry.moodOf(COUPLE, ENTRY), command.mood().name()),
                command.appreciatedPartnerId(), 4,
                vault.fingerprint(JournalEntry.textOf(COUPLE, ENTRY).field("content"), command.content()));
    }

    @Nested
    class Writing {

        @Test
        void a_partner_writes_a_shared_entry_whose_text_the_event_holds_only_sealed() {
            fixture.givenNoPriorActivity()
                    .when(shared("I am afraid of the move"))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(AppliedEvents.single(EntryWritten.class, written -> {
                            assertThat(written.authorId()).isEqualTo(BOB);
                            assertThat(written.visibility()).isEqualTo(Visibility.SHARED);
                            assertThat(written.wordCount()).isEqualTo(6);
                            assertThat(written.mood()).isNull();
                            assertThat(vault.open(JournalEntry.textOf(COUPLE, ENTRY), written.text()))
                                    .isEqualTo("I am afraid of the move");
                            assertThat(stored(written)).doesNotContain("afraid");
                        }));
        }

        @Test
        void a_private_reflection_with_a_mood_seals_the_mood_too() {
            fixture.givenNoPriorActivity()
                    .when(write(EntryKind.REFLECTION, Visibility.PRIVATE, "Tired of it all", Mood.TIRED, null))
                    .expectEventsMatching(AppliedEvents.single(EntryWritten.class, written -> {
                            assertThat(written.visibility()).isEqualTo(Visibility.PRIVATE);
                            assertThat(vault.open(JournalEntry.moodOf(COUPLE, ENTRY), written.mood())).isEqualTo("TIRED");
                            assertThat(stored(written)).doesNotContain("TIRED").doesNotContain("Tired");
                        }));
        }

        @Test
        void a_private_entry_is_sealed_with_its_authors_own_key_and_goes_when_they_leave() {
            fixture.givenNoPriorActivity()
                    .when(write(EntryKind.REFLECTION, Visibility.PRIVATE, "Only mine", Mood.TIRED, null))
                    .expectEventsMatching(AppliedEvents.single(EntryWritten.class, written -> {
                            assertThat(written.text().author()).isEqualTo(BOB);
                            assertThat(written.mood()).isNotNull().extracting(Sealed::author).isEqualTo(BOB);
                            vault.shredder().shredAuthor(COUPLE, BOB);
                            assertThatThrownBy(() -> vault.open(JournalEntry.textOf(COUPLE, ENTRY), written.text()))
                                    .isInstanceOf(SealedValueUnreadable.class);
                        }));
        }

        @Test
        void an_appreciation_names_the_partner_it_appreciates() {
            fixture.givenNoPriorActivity()
                    .when(write(EntryKind.APPRECIATION, Visibility.SHARED, "Thank you for dinner", null, ALICE))
                    .expectEventsMatching(AppliedEvents.single(EntryWritten.class, written ->
                                assertThat(written.appreciatedPartnerId()).isEqualTo(ALICE)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void an_invalid_write_is_refused_naming_the_field(String rule, WriteEntry command, String field) {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.INVALID_REQUEST, field));
        }

        static Stream<Arguments> an_invalid_write_is_refused_naming_the_field() {
            return Stream.of(
                    arguments("an appreciation without the partner is an invalid request naming appreciatedPartnerId",
                            write(EntryKind.APPRECIATION, Visibility.SHARED, "Thanks", null, null), "appreciatedPartnerId"),
                    arguments("another kind naming a partner is an invalid request",
                            write(EntryKind.GRATITUDE, Visibility.SHARED, "Grateful", null, ALICE), "appreciatedPartnerId"),
                    arguments("appreciating oneself is an invalid request",
                            write(EntryKind.APPRECIATION, Visibility.SHARED, "Well done me", null, BOB), "appreciatedPartnerId"),
                    arguments("a blank text is an invalid request naming text", shared("   \n"), "text"),
                    arguments("a text of 4001 characters is an invalid request naming text", shared("x".repeat(4_001)), "text"));
        }

        @Test
        void a_text_of_4000_characters_is_written() {
            fixture.givenNoPriorActivity()
                    .when(shared("x".repeat(4_000)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_same_write_retried_changes_nothing() {
            WriteEntry command = write(EntryKind.REFLECTION, Visibility.SHARED, "Same words", Mood.CALM, null);

            fixture.given(written(command))
                    .when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void the_same_id_with_other_words_another_mood_author_or_couple_is_an_id_conflict() {
            WriteEntry command = write(EntryKind.REFLECTION, Visibility.SHARED, "Same words", Mood.CALM, null);
            for (WriteEntry other : new WriteEntry[] {
                    write(EntryKind.REFLECTION, Visibility.SHARED, "Other words", Mood.CALM, null),
                    write(EntryKind.REFLECTION, Visibility.SHARED, "Same words", Mood.SAD, null),
                    write(EntryKind.REFLECTION, Visibility.PRIVATE, "Same words", Mood.CALM, null),
                    new WriteEntry(ENTRY, COUPLE, ALICE, EntryKind.REFLECTION, Visibility.SHARED, "Same words", Mood.CALM, null),
                    new WriteEntry(ENTRY, OTHER_COUPLE, BOB, EntryKind.REFLECTION, Visibility.SHARED, "Same words", Mood.CALM, null)}) {
                fixture.given(written(command))
                        .when(other)
                        .expectNoEvents()
                        .expectException(rejectedWith(ProblemType.ID_CONFLICT));
            }
        }
    }

    @Nested
    class Acknowledging {

        @Test
        void the_other_partner_acknowledges_a_shared_entry_with_what_insights_needs_of_it() {
            fixture.givenCurrentTime(WRITTEN)
                    .andGiven(written(shared("I am afraid")))
                    .when(new AcknowledgeEntry(ENTRY, COUPLE, ALICE, Response.EMPATHY))
                    .expectEvents(new EntryAcknowledged(ENTRY, COUPLE, BOB, EntryKind.VULNERABILITY, ALICE, Response.EMPATHY,
                            WRITTEN));
        }

        @Test
        void the_same_answer_again_changes_nothing() {
            givenAliceAnsweredWithEmpathy()
                    .when(new AcknowledgeEntry(ENTRY, COUPLE, ALICE, Response.EMPATHY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void another_answer_after_the_first_is_already_acknowledged() {
            givenAliceAnsweredWithEmpathy()
                    .when(new AcknowledgeEntry(ENTRY, COUPLE, ALICE, Response.HEARD))
                    .expectNoEvents()
                    .expectException(rejectedWith(ProblemType.ALREADY_ACKNOWLEDGED));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource
        void a_refused_acknowledgement_changes_nothing(String rule, WriteEntry entry, AcknowledgeEntry acknowledgement,
                                                       ProblemType refusal) {
            fixture.given(written(entry))
                    .when(acknowledgement)
                    .expectNoEvents()
                    .expectException(rejectedWith(refusal));
        }

        static Stream<Arguments> a_refused_acknowledgement_changes_nothing() {
            WriteEntry privateOne = write(EntryKind.REFLECTION, Visibility.PRIVATE, "Alone", null, null);
            return Stream.of(
                    arguments("acknowledging one's own entry is not allowed", shared("I am afraid"),
                            new AcknowledgeEntry(ENTRY, COUPLE, BOB, Response.HEARD), ProblemType.NOT_ALLOWED),
                    arguments("acknowledging one's own private entry is not allowed either", privateOne,
                            new AcknowledgeEntry(ENTRY, COUPLE, BOB, Response.HEARD), ProblemType.NOT_ALLOWED),
                    arguments("the partner's private entry is not found", privateOne,
                            new AcknowledgeEntry(ENTRY, COUPLE, ALICE, Response.HEARD), ProblemType.ENTRY_NOT_FOUND),
                    arguments("an entry of another couple is not found", shared("I am afraid"),
                            new AcknowledgeEntry(ENTRY, OTHER_COUPLE, "carol", Response.HEARD), ProblemType.ENTRY_NOT_FOUND));
        }
    }

    /** Bob's shared entry, which Alice has already answered. */
    private TestExecutor<JournalEntry> givenAliceAnsweredWithEmpathy() {
        return fixture.givenCurrentTime(WRITTEN)
                .andGiven(written(shared("I am afraid")),
                        new EntryAcknowledged(ENTRY, COUPLE, BOB, EntryKind.VULNERABILITY, ALICE, Response.EMPATHY, WRITTEN));
    }

    private static String stored(Object event) {
        return HearthSerializer.forEvents().serialize(event, String.class).getData();
    }
}
