package dev.hearth.insights.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.practice.ConsistencyPolicy.Week;
import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden scenarios per metric, with answers worked out by hand from the formulas in docs/metrics.md. */
class PracticePoliciesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    /** A couple of long standing: the full 28-day window. */
    static final Window FULL = Window.ending(TODAY, TODAY.minusYears(1));

    @Test
    void nine_of_ten_kept_against_three_of_ten_is_83_3_and_33_3_and_59_1_for_the_couple() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(Collections.nCopies(9, new Outcome("a", Outcome.Kind.KEPT, now)));
        outcomes.add(new Outcome("a", Outcome.Kind.BROKEN, now));
        outcomes.addAll(Collections.nCopies(3, new Outcome("b", Outcome.Kind.KEPT, now)));
        outcomes.addAll(Collections.nCopies(7, new Outcome("b", Outcome.Kind.BROKEN, now)));

        // (1+9)/(2+10), (1+3)/(2+10), (1+12)/(2+20)
        assertThat(TrustPolicy.forPromiser(outcomes, "a", now).score()).isEqualTo(83.3);
        assertThat(TrustPolicy.forPromiser(outcomes, "b", now).score()).isEqualTo(33.3);
        assertThat(TrustPolicy.forCouple(outcomes, now).score()).isEqualTo(59.1);
        // all in one week: coverage 1/8, one active week has no spread
        assertThat(ConsistencyPolicy.of(weeks(new Week(9, 1, 0))).score()).isEqualTo(12.5);
        assertThat(ConsistencyPolicy.of(weeks(new Week(3, 7, 0))).score()).isEqualTo(12.5);
    }

    @Test
    void consistency_is_coverage_times_steadiness_over_the_active_weeks_only() {
        // four active weeks of eight, ratios 1, 1, 0.5, 0.5: mean 0.75, population stdev 0.25
        // coverage 0.5 × steadiness (1 − 0.25/0.5) = 0.25
        ConsistencyPolicy.Consistency consistency = ConsistencyPolicy.of(List.of(
                new Week(2, 0, 0), Week.NONE, new Week(1, 0, 0), Week.NONE, new Week(1, 1, 0), Week.NONE,
                new Week(1, 0, 1), Week.NONE));

        assertThat(consistency.score()).isEqualTo(25.0);
        assertThat(consistency.evidence()).isEqualTo(7);
        assertThat(consistency.activeWeeks()).isEqualTo(4);
        assertThat(consistency.model()).isEqualTo("consistency-v1");
    }

    @Test
    void no_outcome_in_eight_weeks_gives_no_consistency_score() {
        assertThat(ConsistencyPolicy.of(List.of(new Week(5, 0, 0), Week.NONE, Week.NONE, Week.NONE, Week.NONE,
                Week.NONE, Week.NONE, Week.NONE, Week.NONE)).score()).isNull();
    }

    @Test
    void a_streak_counts_back_from_this_week_if_it_qualifies_else_from_last_week() {
        Week clean = new Week(1, 0, 0);
        assertThat(ConsistencyPolicy.of(List.of(new Week(1, 1, 0), clean, clean, clean)).streakWeeks()).isEqualTo(3);
        assertThat(ConsistencyPolicy.of(List.of(new Week(1, 1, 0), clean, clean, Week.NONE)).streakWeeks()).isEqualTo(2);
        assertThat(ConsistencyPolicy.of(List.of(clean, clean, new Week(0, 0, 1))).streakWeeks()).isEqualTo(2);
        assertThat(ConsistencyPolicy.of(Collections.nCopies(53, clean)).streakWeeks()).isEqualTo(52);
    }

    @Test
    void six_of_seven_bids_acknowledged_in_time_is_0_857_and_77_8() {
        ListeningPolicy.Listening listening = ListeningPolicy.of(new ListeningPolicy.Bids(7, 6, Histogram.empty()));

        assertThat(listening.turnTowardRate()).isEqualTo(0.857);
        assertThat(listening.score()).isEqualTo(77.8);
        assertThat(listening.evidence()).isEqualTo(7);
        assertThat(listening.lowConfidence()).isFalse();
    }

    @Test
    void one_of_three_bids_acknowledged_in_time_is_0_333_and_40_0() {
        ListeningPolicy.Listening listening = ListeningPolicy.of(new ListeningPolicy.Bids(3, 1, Histogram.empty()));

        assertThat(listening.turnTowardRate()).isEqualTo(0.333);
        assertThat(listening.score()).isEqualTo(40.0);
    }

    @Test
    void no_bid_gives_no_listening_score_and_no_rate() {
        ListeningPolicy.Listening listening = ListeningPolicy.of(ListeningPolicy.Bids.NONE);

        assertThat(listening.score()).isNull();
        assertThat(listening.turnTowardRate()).isNull();
        assertThat(listening.medianResponseSeconds()).isNull();
        assertThat(listening.lowConfidence()).isTrue();
    }

    @Test
    void histogram_medians_are_the_midpoints_of_the_bins_that_hold_them() {
        // minute bins under an hour: 10 min 20 s lies in [10 min, 11 min)
        assertThat(Histogram.empty().with(620).medianSeconds()).isEqualTo(630);
        // quarter-hours under a day: 2 h 20 min lies in [2 h 15, 2 h 30)
        assertThat(Histogram.empty().with(8_400).medianSeconds()).isEqualTo(8_550);
        // days up to 30: 3 days 5 h lies in [3 d, 4 d); beyond 30 days, the last bin [29 d, 30 d)
        assertThat(Histogram.empty().with(3 * 86_400 + 18_000).medianSeconds()).isEqualTo(3 * 86_400 + 43_200);
        assertThat(Histogram.empty().with(90L * 86_400).medianSeconds()).isEqualTo(29 * 86_400 + 43_200);
        // three answers: the second shortest; four: the lower median
        assertThat(Histogram.empty().with(30).with(200).with(90_000).medianSeconds()).isEqualTo(210);
        assertThat(Histogram.empty().with(30).with(200).with(4_000).with(90_000).medianSeconds()).isEqualTo(210);
        assertThat(Histogram.empty().medianSeconds()).isNull();
        assertThat(Histogram.BINS).isEqualTo(60 + 92 + 29);
    }

    @Test
    void vulnerability_weighs_care_and_reciprocity_alike() {
        // a shared 4 (3 met with care), b shared 2 (1 met): ½·(1+4)/(2+6) + ½·(2/4) = 0.3125 + 0.25
        VulnerabilityPolicy.Shares a = new VulnerabilityPolicy.Shares(4, 3);
        VulnerabilityPolicy.Shares b = new VulnerabilityPolicy.Shares(2, 1);

        VulnerabilityPolicy.Vulnerability couple = VulnerabilityPolicy.forCouple(a, b, FULL);
        assertThat(couple.score()).isEqualTo(56.3);
        assertThat(couple.reciprocity()).isEqualTo(0.5);
        assertThat(couple.metWithCareRate()).isEqualTo(0.667);
        assertThat(couple.sharesPerWeek()).isEqualTo(1.5);
        assertThat(couple.evidence()).isEqualTo(6);
        // b as responder met 3 of a's 4 shares with care: (1+3)/(2+4)
        assertThat(VulnerabilityPolicy.forResponder(b, a, FULL).score()).isEqualTo(66.7);
        // a as responder met 1 of b's 2: (1+1)/(2+2)
        assertThat(VulnerabilityPolicy.forResponder(a, b, FULL).score()).isEqualTo(50.0);
        assertThat(VulnerabilityPolicy.forCouple(VulnerabilityPolicy.Shares.NONE, VulnerabilityPolicy.Shares.NONE, FULL)
                .score()).isNull();
    }

    @Test
    void appreciation_per_week_is_over_the_days_the_couple_has_existed_at_least_seven() {
        // 12 and 4 over 28 days: 3 and 1 a week, mean 2; ½·(2/3) + ½·(4/12)
        AppreciationPolicy.Appreciation couple = AppreciationPolicy.forCouple(12, 4, FULL);
        assertThat(couple.perWeek()).isEqualTo(2.0);
        assertThat(couple.reciprocity()).isEqualTo(0.333);
        assertThat(couple.score()).isEqualTo(50.0);
        assertThat(AppreciationPolicy.forPartner(12, FULL).score()).isEqualTo(100.0);
        assertThat(AppreciationPolicy.forPartner(4, FULL).score()).isEqualTo(33.3);

        // a couple of three days counts as seven: 1 appreciation is 1 a week
        Window young = Window.ending(TODAY, TODAY.minusDays(2));
        assertThat(young.days()).isEqualTo(7);
        assertThat(AppreciationPolicy.forPartner(1, young).perWeek()).isEqualTo(1.0);
        // ten days: 5 over 10 days is 3.5 a week
        assertThat(AppreciationPolicy.forPartner(5, Window.ending(TODAY, TODAY.minusDays(9))).perWeek()).isEqualTo(3.5);
    }

    @Test
    void conflict_weighs_repair_and_the_positivity_ratio() {
        // 2 opened, 1 resolved, 20 positives, 2 broken: ratio 20/4 = 5, ½·(2/4) + ½·1
        ConflictPolicy.Conflict conflict = ConflictPolicy.of(
                new ConflictPolicy.Facts(2, 1, Histogram.empty().with(7_200), 20, 2));
        assertThat(conflict.score()).isEqualTo(75.0);
        assertThat(conflict.repairRate()).isEqualTo(0.5);
        assertThat(conflict.positivityRatio()).isEqualTo(5.0);
        assertThat(conflict.medianRepairSeconds()).isEqualTo(7_650);
        assertThat(conflict.evidence()).isEqualTo(24);

        // no conflict: the ratio half alone, 6/3 = 2 → 2/5
        assertThat(ConflictPolicy.of(new ConflictPolicy.Facts(0, 0, Histogram.empty(), 6, 3)).score()).isEqualTo(40.0);
        // no negative: that half is 1
        assertThat(ConflictPolicy.of(new ConflictPolicy.Facts(0, 0, Histogram.empty(), 6, 0)).score()).isEqualTo(100.0);
        assertThat(ConflictPolicy.of(ConflictPolicy.Facts.NONE).score()).isNull();
    }

    @Test
    void felt_safety_is_the_mean_check_in_on_a_hundred_point_scale() {
        FeltSafetyPolicy.FeltSafety one = FeltSafetyPolicy.of(1, 4);
        assertThat(one.mean()).isEqualTo(4.0);
        assertThat(one.score()).isEqualTo(75.0);
        assertThat(one.lowConfidence()).isTrue();
        assertThat(FeltSafetyPolicy.of(3, 7).score()).isEqualTo(33.3);
        assertThat(FeltSafetyPolicy.of(0, 0).score()).isNull();
    }

    @Test
    void the_esi_is_the_mean_of_the_scores_with_evidence() {
        assertThat(EsiPolicy.of(59.1, 77.8, null, 50.0, null)).isEqualTo(new EsiPolicy.Esi("esi-v1", 62.3, 3));
        assertThat(EsiPolicy.of(null, null, null, null, null)).isEqualTo(new EsiPolicy.Esi("esi-v1", null, 0));
    }

    private static List<Week> weeks(Week thisWeek) {
        List<Week> weeks = new ArrayList<>(Collections.nCopies(7, Week.NONE));
        weeks.add(thisWeek);
        return weeks;
    }
}
