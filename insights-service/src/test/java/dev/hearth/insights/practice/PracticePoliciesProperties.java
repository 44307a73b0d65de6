package dev.hearth.insights.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.practice.ConsistencyPolicy.Week;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jspecify.annotations.Nullable;

/** Laws every practice policy obeys: scores in 0–100, rates in 0–1, and one more good fact never lowers its metric. */
class PracticePoliciesProperties {

    static final int TRIES = 200;

    @Provide
    Arbitrary<ListeningPolicy.Bids> bids() {
        return Combinators.combine(Arbitraries.longs().between(0, 500), Arbitraries.doubles().between(0, 1),
                Arbitraries.longs().between(0, 40L * 86_400).list().ofMaxSize(20))
                .as((bids, share, times) -> {
                    Histogram responses = Histogram.empty();
                    for (long seconds : times) {
                        responses = responses.with(seconds);
                    }
                    return new ListeningPolicy.Bids(bids, Math.round(bids * share), responses);
                });
    }

    @Provide
    Arbitrary<List<Week>> weeks() {
        Arbitrary<Long> count = Arbitraries.longs().between(0, 4);
        return Combinators.combine(count, count, count).as(Week::new).list().ofMinSize(1).ofMaxSize(53);
    }

    @Property(tries = TRIES)
    void listening_stays_in_bounds_and_a_timely_answer_never_lowers_it(@ForAll("bids") ListeningPolicy.Bids bids) {
        ListeningPolicy.Listening before = ListeningPolicy.of(bids);
        assertScore(before.score());
        assertRate(before.turnTowardRate());
        if (bids.answered() < bids.bids()) {
            ListeningPolicy.Listening after = ListeningPolicy.of(
                    new ListeningPolicy.Bids(bids.bids(), bids.answered() + 1, bids.responses().with(60)));
            assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
            assertThat(after.turnTowardRate()).isGreaterThanOrEqualTo(before.turnTowardRate());
        }
    }

    @Property(tries = TRIES)
    void consistency_stays_in_bounds_and_one_more_keep_in_an_active_week_never_lowers_it(
            @ForAll("weeks") List<Week> weeks) {
        ConsistencyPolicy.Consistency before = ConsistencyPolicy.of(weeks);
        assertScore(before.score());
        assertThat(before.streakWeeks()).isBetween(0, ConsistencyPolicy.MAX_STREAK);
        // a keep in an inactive week changes coverage and steadiness at once, so the law is for a week alone
        List<Week> one = List.of(weeks.getLast());
        List<Week> more = List.of(weeks.getLast().plus(new Week(1, 0, 0)));
        assertThat(nonNull(ConsistencyPolicy.of(more).score())).isGreaterThanOrEqualTo(nonNull(ConsistencyPolicy.of(one).score()));
        assertThat(ConsistencyPolicy.of(more).streakWeeks()).isGreaterThanOrEqualTo(ConsistencyPolicy.of(one).streakWeeks());
    }

    @Property(tries = TRIES)
    void vulnerability_stays_in_bounds_and_a_caring_answer_never_lowers_it(
            @ForAll @LongRange(max = 60) long aShares, @ForAll @LongRange(max = 60) long aMet,
            @ForAll @LongRange(max = 60) long bShares, @ForAll @LongRange(max = 60) long bMet,
            @ForAll @IntRange(min = 0, max = 400) int age) {
        Window window = window(age);
        VulnerabilityPolicy.Shares a = new VulnerabilityPolicy.Shares(aShares, Math.min(aMet, aShares));
        VulnerabilityPolicy.Shares b = new VulnerabilityPolicy.Shares(bShares, Math.min(bMet, bShares));
        VulnerabilityPolicy.Vulnerability couple = VulnerabilityPolicy.forCouple(a, b, window);
        assertScore(couple.score());
        assertRate(couple.reciprocity());
        assertRate(couple.metWithCareRate());
        assertScore(VulnerabilityPolicy.forResponder(a, b, window).score());
        if (a.metWithCare() < a.shares()) {
            VulnerabilityPolicy.Shares cared = new VulnerabilityPolicy.Shares(a.shares(), a.metWithCare() + 1);
            assertThat(VulnerabilityPolicy.forCouple(cared, b, window).score()).isGreaterThanOrEqualTo(couple.score());
            assertThat(VulnerabilityPolicy.forResponder(b, cared, window).score())
                    .isGreaterThanOrEqualTo(VulnerabilityPolicy.forResponder(b, a, window).score());
        }
    }

    @Property(tries = TRIES)
    void appreciation_stays_in_bounds_and_one_more_from_the_one_who_gives_less_never_lowers_it(
            @ForAll @LongRange(max = 200) long a, @ForAll @LongRange(max = 200) long b,
            @ForAll @IntRange(min = 0, max = 400) int age) {
        Window window = window(age);
        AppreciationPolicy.Appreciation couple = AppreciationPolicy.forCouple(a, b, window);
        assertScore(couple.score());
        assertRate(couple.reciprocity());
        assertScore(AppreciationPolicy.forPartner(a, window).score());
        assertThat(nonNull(AppreciationPolicy.forPartner(a + 1, window).score()))
                .isGreaterThanOrEqualTo(nonNull(AppreciationPolicy.forPartner(a, window).score()));
        if (a < b) {
            assertThat(AppreciationPolicy.forCouple(a + 1, b, window).score()).isGreaterThanOrEqualTo(couple.score());
        }
    }

    @Property(tries = TRIES)
    void conflict_stays_in_bounds_and_a_resolution_or_positive_fact_never_lowers_it(
            @ForAll @LongRange(max = 30) long opened, @ForAll @LongRange(max = 30) long resolved,
            @ForAll @LongRange(max = 300) long positives, @ForAll @LongRange(max = 60) long failures) {
        ConflictPolicy.Facts facts = new ConflictPolicy.Facts(opened, Math.min(opened, resolved), Histogram.empty(),
                positives, failures);
        ConflictPolicy.Conflict conflict = ConflictPolicy.of(facts);
        assertScore(conflict.score());
        assertRate(conflict.repairRate());
        ConflictPolicy.Facts positive = new ConflictPolicy.Facts(opened, facts.resolved(), Histogram.empty(),
                positives + 1, failures);
        assertThat(ConflictPolicy.of(positive).score()).isGreaterThanOrEqualTo(nonNull(conflict.score()));
        if (facts.resolved() < opened) {
            ConflictPolicy.Facts repaired = new ConflictPolicy.Facts(opened, facts.resolved() + 1,
                    Histogram.empty().with(3_600), positives, failures);
            assertThat(ConflictPolicy.of(repaired).score()).isGreaterThanOrEqualTo(conflict.score());
        }
    }

    @Property(tries = TRIES)
    void felt_safety_and_the_esi_stay_in_bounds(@ForAll("answers") List<Integer> answers) {
        FeltSafetyPolicy.FeltSafety safety = FeltSafetyPolicy.of(answers.size(),
                answers.stream().mapToLong(Integer::longValue).sum());
        assertScore(safety.score());
        List<@Nullable Double> scores = new ArrayList<>();
        for (int answer : answers) {
            scores.add(answer == 3 ? null : (answer - 1) * 25.0);
        }
        EsiPolicy.Esi esi = EsiPolicy.of(scores.toArray(Double[]::new));
        assertScore(esi.score());
        assertThat(esi.practices()).isBetween(0, answers.size());
    }

    @Provide
    Arbitrary<List<Integer>> answers() {
        return Arbitraries.integers().between(1, 5).list().ofMaxSize(10);
    }

    private static Window window(int age) {
        return Window.ending(PracticePoliciesTest.TODAY, PracticePoliciesTest.TODAY.minusDays(age));
    }

    private static double nonNull(@Nullable Double score) {
        return score == null ? 0 : score;
    }

    private static void assertScore(@Nullable Double score) {
        if (score != null) {
            assertThat(score).isBetween(0.0, 100.0);
        }
    }

    private static void assertRate(@Nullable Double rate) {
        if (rate != null) {
            assertThat(rate).isBetween(0.0, 1.0);
        }
    }
}
