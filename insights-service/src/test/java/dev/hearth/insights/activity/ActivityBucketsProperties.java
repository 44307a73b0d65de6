package dev.hearth.insights.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import dev.hearth.insights.trust.TrustTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The buckets are a fold that does not care how facts arrive: any order and any split into batches
 * give the same documents; and trust read back from them at the end of an earlier day is the trust
 * of the outcomes up to then.
 */
class ActivityBucketsProperties {

    static final int TRIES = 100;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

    @Provide
    Arbitrary<List<JournalFact>> journal() {
        Arbitrary<Instant> at = Arbitraries.longs().between(0, 120L * 86_400).map(START::plusSeconds);
        Arbitrary<String> who = Arbitraries.of("a", "b");
        Arbitrary<JournalFact> bid = Combinators.combine(who, Arbitraries.of("REFLECTION", "APPRECIATION", "VULNERABILITY"), at)
                .as(JournalFact.Bid::new);
        Arbitrary<JournalFact> answer = Combinators.combine(who, Arbitraries.of("REFLECTION", "VULNERABILITY"),
                        Arbitraries.of("HEARD", "EMPATHY", "SUPPORT"), at, Arbitraries.longs().between(0, 3L * 86_400))
                .as((author, kind, response, written, after) -> new JournalFact.Answer(author, kind,
                        author.equals("a") ? "b" : "a", response, written, written.plusSeconds(after)));
        Arbitrary<JournalFact> checkIn = Combinators.combine(who, Arbitraries.integers().between(1, 5), at)
                .as(JournalFact.CheckIn::new);
        return Arbitraries.oneOf(bid, answer, checkIn).list().ofMaxSize(40);
    }

    @Property(tries = TRIES)
    void any_arrival_order_and_batch_split_give_the_same_documents(@ForAll("journal") List<JournalFact> facts,
                                                                    @ForAll @IntRange(max = 10_000) int seed) {
        List<JournalFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(fold(shuffled)).isEqualTo(fold(facts));
    }

    @Provide
    Arbitrary<List<Outcome>> outcomes() {
        return Combinators.combine(Arbitraries.of("a", "b"), Arbitraries.of(Outcome.Kind.class),
                        Arbitraries.longs().between(0, 120L * 86_400))
                .as((who, kind, second) -> new Outcome(who, kind, START.plusSeconds(second)))
                .list().ofMaxSize(40);
    }

    @Property(tries = TRIES)
    void trust_at_the_end_of_an_earlier_day_is_the_trust_of_the_outcomes_until_then(
            @ForAll("outcomes") List<Outcome> outcomes, @ForAll @IntRange(min = 0, max = 120) int daysBack) {
        LocalDate today = LocalDate.parse("2026-12-30");
        LocalDate day = today.minusDays(daysBack);
        Instant end = LocalWeeks.startOf(day.plusDays(1), BERLIN);
        TrustTally tally = TrustTally.NONE;
        Map<String, DayBuckets<OutcomeCounters>> weeks = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            tally = tally.with(outcome.kind(), outcome.occurredAt());
            OutcomeFact fact = switch (outcome.kind()) {
                case KEPT -> new OutcomeFact.Kept(outcome.promiserId(), null, false, outcome.occurredAt());
                case BROKEN -> new OutcomeFact.Broken(outcome.promiserId(), null, outcome.occurredAt());
                case MISSED -> new OutcomeFact.Missed(outcome.promiserId(), outcome.occurredAt());
            };
            for (DayBuckets.Change<OutcomeCounters> change : fact.changes(BERLIN)) {
                weeks.merge(LocalWeeks.bucketId("c", change.day()), DayBuckets.<OutcomeCounters>empty("").with(change,
                        OutcomeCounters::plus), (old, one) -> old.with(change, OutcomeCounters::plus));
            }
        }
        Days<OutcomeCounters> days = new Days<>(weeks.values(), OutcomeCounters.NONE, OutcomeCounters::plus);

        TrustScore fromBuckets = TrustHistory.atEndOf(day, tally, days, BERLIN, today, who -> true);
        TrustScore expected = TrustPolicy.forCouple(outcomes.stream().filter(o -> o.occurredAt().isBefore(end)).toList(), end);

        assertThat(fromBuckets.score()).isCloseTo(expected.score(), within(0.15));
        assertThat(fromBuckets.evidence()).isCloseTo(expected.evidence(), within(0.15));
        assertThat(fromBuckets.outcomes()).isEqualTo(expected.outcomes());
    }

    private static Map<String, DayBuckets<JournalCounters>> fold(List<JournalFact> facts) {
        Map<String, DayBuckets<JournalCounters>> weeks = new java.util.TreeMap<>();
        for (JournalFact fact : facts) {
            for (DayBuckets.Change<JournalCounters> change : fact.changes(BERLIN)) {
                String id = LocalWeeks.bucketId("c", change.day());
                weeks.put(id, weeks.getOrDefault(id, DayBuckets.empty(id)).with(change, JournalCounters::plus));
            }
        }
        return weeks;
    }
}
