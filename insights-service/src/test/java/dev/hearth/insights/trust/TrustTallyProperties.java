package dev.hearth.insights.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Running sums ({@link TrustTally}) give the score of the list form of {@link TrustPolicy}: for any
 * outcomes, in any order of arrival, read at any later moment — years of history included, which
 * moves the tally's reference time.
 */
class TrustTallyProperties {

    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    static final long TEN_YEARS_SECONDS = 10L * 365 * 86_400;

    @Provide
    Arbitrary<List<Outcome>> histories() {
        Arbitrary<Outcome> outcome = Combinators.combine(
                Arbitraries.of("alice", "bob"),
                Arbitraries.of(Outcome.Kind.class),
                Arbitraries.longs().between(0, TEN_YEARS_SECONDS)
        ).as((who, kind, second) -> new Outcome(who, kind, START.plusSeconds(second)));
        return outcome.list().ofMaxSize(80);
    }

    @Property
    void the_couples_score_from_running_sums_is_the_score_of_its_outcomes(
            @ForAll("histories") List<Outcome> history, @ForAll @LongRange(min = 0, max = 400L * 86_400) long readAfter) {
        Instant now = newest(history).plusSeconds(readAfter);
        TrustTally tally = tallyOf(history, outcome -> true);

        TrustScore expected = TrustPolicy.forCouple(history, now);
        TrustScore fromSums = TrustPolicy.score(tally, now);

        assertThat(fromSums.score()).isCloseTo(expected.score(), within(0.05));
        assertThat(fromSums.evidence()).isCloseTo(expected.evidence(), within(0.05));
        assertThat(fromSums.outcomes()).isEqualTo(expected.outcomes());
    }

    @Property
    void a_partners_score_from_running_sums_is_the_score_of_their_outcomes(
            @ForAll("histories") List<Outcome> history, @ForAll @LongRange(min = 0, max = 400L * 86_400) long readAfter) {
        Instant now = newest(history).plusSeconds(readAfter);
        TrustTally alice = tallyOf(history, outcome -> outcome.promiserId().equals("alice"));

        assertThat(TrustPolicy.score(alice, now).score())
                .isCloseTo(TrustPolicy.forPromiser(history, "alice", now).score(), within(0.05));
    }

    @Example
    void one_promise_kept_just_now_is_the_worked_example() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

        TrustScore score = TrustPolicy.score(TrustTally.NONE.with(Outcome.Kind.KEPT, now), now);

        assertThat(score.score()).isEqualTo(66.7);
        assertThat(score.evidence()).isEqualTo(1.0);
        assertThat(score.lowConfidence()).isTrue();
    }

    @Example
    void no_outcome_is_fifty_without_evidence() {
        TrustScore score = TrustPolicy.score(TrustTally.NONE, Instant.now());

        assertThat(score.score()).isEqualTo(50.0);
        assertThat(score.evidence()).isZero();
    }

    /** The running sums of the outcomes in {@code history} that {@code counts}, added one at a time. */
    private static TrustTally tallyOf(List<Outcome> history, Predicate<Outcome> counts) {
        TrustTally tally = TrustTally.NONE;
        for (Outcome outcome : history) {
            if (counts.test(outcome)) {
                tally = tally.with(outcome.kind(), outcome.occurredAt());
            }
        }
        return tally;
    }

    private static Instant newest(List<Outcome> history) {
        return history.stream().map(Outcome::occurredAt).max(Instant::compareTo).orElse(START);
    }
}
