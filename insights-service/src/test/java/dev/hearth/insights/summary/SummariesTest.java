package dev.hearth.insights.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.Days;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.JournalFact;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.activity.OpenConflicts;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.activity.OutcomeFact;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.insights.practice.SignalsPolicy;
import dev.hearth.insights.trust.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The summary and trends computed from buckets, with hand-worked numbers and the calendar's edges. */
class SummariesTest {

    static final String A = "alice";
    static final String B = "bob";

    /** A couple's facts as the views would hold them, built by folding facts in its timezone. */
    static final class Couple {
        final ZoneId zone;
        final Instant started;
        final List<JournalFact> journal = new ArrayList<>();
        final List<OutcomeFact> outcomes = new ArrayList<>();
        final List<OpenConflicts.Open> open = new ArrayList<>();
        CoupleTrust trust = CoupleTrust.none("c");

        Couple(String zone, Instant started) {
            this.zone = ZoneId.of(zone);
            this.started = started;
        }

        Couple kept(String promiser, Instant at) {
            outcomes.add(new OutcomeFact.Kept(promiser, null, false, at));
            trust = trust.with(promiser, Outcome.Kind.KEPT, at);
            return this;
        }

        Couple broken(String promiser, Instant at) {
            outcomes.add(new OutcomeFact.Broken(promiser, null, at));
            trust = trust.with(promiser, Outcome.Kind.BROKEN, at);
            return this;
        }

        CoupleFacts at(Instant now, int outcomeWeeks) {
            CoupleMembers members = new CoupleMembers("c", List.of(A, B), zone.getId(), started, started);
            return new CoupleFacts(members, trust, new Days<>(fold(journal, JournalFact::changes, JournalCounters::plus),
                    JournalCounters.NONE, JournalCounters::plus),
                    new Days<>(fold(outcomes, OutcomeFact::changes, OutcomeCounters::plus), OutcomeCounters.NONE,
                            OutcomeCounters::plus),
                    outcomeWeeks, new OpenConflicts("c", open), zone, LocalWeeks.day(now, zone), now);
        }

        private <F, C> List<DayBuckets<C>> fold(List<F> facts, java.util.function.BiFunction<F, ZoneId, List<DayBuckets.Change<C>>> changes,
                                                java.util.function.BinaryOperator<C> plus) {
            Map<String, DayBuckets<C>> weeks = new TreeMap<>();
            for (F fact : facts) {
                for (DayBuckets.Change<C> change : changes.apply(fact, zone)) {
                    String id = LocalWeeks.bucketId("c", change.day());
                    weeks.put(id, weeks.getOrDefault(id, DayBuckets.empty(id)).with(change, plus));
                }
            }
            return List.copyOf(weeks.values());
        }
    }

    @Test
    void a_week_trend_across_the_year_end_is_w52_w53_and_w01_for_a_utc_couple() {
        Couple couple = new Couple("UTC", Instant.parse("2026-11-01T00:00:00Z"));
        for (LocalDate day = LocalDate.parse("2026-12-21"); day.isBefore(LocalDate.parse("2027-01-11")); day = day.plusDays(1)) {
            couple.journal.add(new JournalFact.Bid(A, "REFLECTION", day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
        }

        Trends.Trend trend = Trends.of(couple.at(Instant.parse("2027-01-10T18:00:00Z"), 60), Trends.Metric.LISTENING,
                Trends.Granularity.WEEK, LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-10"), null);

        assertThat(trend.points()).extracting(Trends.Point::period).containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(trend.points()).extracting(Trends.Point::evidence).containsExactly(7.0, 7.0, 7.0);
        // no answers: (1 + 0) / (2 + 7)
        assertThat(trend.points().getFirst().value()).isEqualTo(11.1);
    }

    @Test
    void in_auckland_the_3rd_of_january_at_noon_utc_is_already_in_2027_w01() {
        Couple couple = new Couple("Pacific/Auckland", Instant.parse("2026-11-01T00:00:00Z"));
        couple.journal.add(new JournalFact.Bid(A, "REFLECTION", Instant.parse("2027-01-03T12:00:00Z")));

        Trends.Trend trend = Trends.of(couple.at(Instant.parse("2027-01-05T00:00:00Z"), 60), Trends.Metric.LISTENING,
                Trends.Granularity.WEEK, LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-05"), null);

        assertThat(trend.points()).extracting(Trends.Point::period).containsExactly("2026-W53", "2027-W01");
        assertThat(trend.points()).extracting(Trends.Point::evidence).containsExactly(0.0, 1.0);
    }

    @Test
    void berlins_short_and_long_days_are_one_point_each() {
        Couple couple = new Couple("Europe/Berlin", Instant.parse("2026-01-01T00:00:00Z"));
        couple.journal.add(new JournalFact.Bid(A, "REFLECTION", Instant.parse("2026-03-28T23:30:00Z")));
        couple.journal.add(new JournalFact.Bid(A, "REFLECTION", Instant.parse("2026-10-25T22:30:00Z")));

        Trends.Trend spring = Trends.of(couple.at(Instant.parse("2026-11-01T12:00:00Z"), 60), Trends.Metric.LISTENING,
                Trends.Granularity.DAY, LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-30"), null);
        Trends.Trend autumn = Trends.of(couple.at(Instant.parse("2026-11-01T12:00:00Z"), 60), Trends.Metric.LISTENING,
                Trends.Granularity.DAY, LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-26"), null);

        assertThat(spring.points()).extracting(Trends.Point::evidence).containsExactly(0.0, 1.0, 0.0);
        assertThat(autumn.points()).extracting(Trends.Point::evidence).containsExactly(1.0, 0.0);
    }

    @Test
    void points_stop_at_today_and_trust_without_evidence_is_fifty() {
        Couple couple = new Couple("UTC", Instant.parse("2026-11-01T00:00:00Z"));
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        couple.kept(A, now.minusSeconds(60));

        Trends.Trend trend = Trends.of(couple.at(now, 60), Trends.Metric.TRUST, Trends.Granularity.DAY,
                LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-30"), null);

        assertThat(trend.points()).extracting(Trends.Point::value).containsExactly(50.0, 50.0, 50.0, 66.7);
        assertThat(trend.points()).extracting(Trends.Point::evidence).containsExactly(0.0, 0.0, 0.0, 1.0);
    }

    @Test
    void trust_that_fell_ten_points_in_fourteen_days_is_a_trust_drop_for_the_couple_and_the_promiser() {
        Couple couple = new Couple("UTC", Instant.parse("2026-09-01T00:00:00Z"));
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        for (int i = 0; i < 10; i++) {
            couple.kept(A, now.minus(Duration.ofDays(20)));
        }
        for (int i = 0; i < 10; i++) {
            couple.broken(A, now.minus(Duration.ofDays(1)));
        }

        InsightsSummary summary = Summaries.of(couple.at(now, 8), A);

        assertThat(summary.signals()).extracting(SignalsPolicy.Signal::type)
                .containsExactly(SignalsPolicy.Type.TRUST_DROP, SignalsPolicy.Type.TRUST_DROP);
        assertThat(summary.signals()).extracting(SignalsPolicy.Signal::partnerId).containsExactly(null, A);
    }

    @Test
    void unanswered_bids_an_appreciation_imbalance_and_a_stalled_repair_are_signalled_from_the_buckets() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Couple couple = new Couple("UTC", now.minus(Duration.ofDays(60)));
        // bob's three bids of five days ago: one answered within the hour, two never
        for (int i = 0; i < 3; i++) {
            Instant written = now.minus(Duration.ofDays(5)).plusSeconds(i);
            couple.journal.add(new JournalFact.Bid(B, "REFLECTION", written));
            if (i == 0) {
                couple.journal.add(new JournalFact.Answer(B, "REFLECTION", A, "HEARD", written, written.plusSeconds(600)));
            }
        }
        // a bid of yesterday is too recent to count as waiting
        couple.journal.add(new JournalFact.Bid(A, "REFLECTION", now.minus(Duration.ofDays(1))));
        // alice's four appreciations (bob answers each at once): all one way
        for (int i = 0; i < 4; i++) {
            Instant written = now.minus(Duration.ofDays(3)).plusSeconds(i);
            couple.journal.add(new JournalFact.Bid(A, "APPRECIATION", written));
            couple.journal.add(new JournalFact.Answer(A, "APPRECIATION", B, "HEARD", written, written.plusSeconds(60)));
        }
        couple.open.add(new OpenConflicts.Open("conflict", now.minus(Duration.ofDays(8))));

        InsightsSummary summary = Summaries.of(couple.at(now, 8), A);

        assertThat(summary.signals()).extracting(SignalsPolicy.Signal::type).containsExactly(
                SignalsPolicy.Type.APPRECIATION_IMBALANCE, SignalsPolicy.Type.UNANSWERED_BIDS,
                SignalsPolicy.Type.REPAIR_STALLED);
        assertThat(summary.signals().get(1).partnerId()).isEqualTo(B);
        assertThat(summary.signals().get(1).explanation()).contains("2 of 3 bids");
        assertThat(summary.signals().get(2).explanation()).contains("8 days");
    }

    @Test
    void the_summary_reads_the_window_with_at_least_seven_days_and_the_callers_own_felt_safety() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        Couple couple = new Couple("UTC", now.minus(Duration.ofDays(2)));
        couple.journal.add(new JournalFact.Bid(A, "APPRECIATION", now.minusSeconds(3_600)));
        couple.journal.add(new JournalFact.Bid(B, "APPRECIATION", now.minusSeconds(3_000)));
        couple.journal.add(new JournalFact.CheckIn(A, 4, now.minusSeconds(60)));

        InsightsSummary forAlice = Summaries.of(couple.at(now, 8), A);
        InsightsSummary forBob = Summaries.of(couple.at(now, 8), B);

        assertThat(forAlice.window()).isEqualTo(new InsightsSummary.Period(LocalDate.parse("2026-10-29"),
                LocalDate.parse("2026-11-25")));
        // one each over a week (the couple is 3 days old, counted as 7): 1 a week, reciprocity 1 → ½·⅓ + ½
        assertThat(forAlice.appreciation().perWeek()).isEqualTo(1.0);
        assertThat(forAlice.appreciation().score()).isEqualTo(66.7);
        assertThat(forAlice.feltSafety().score()).isEqualTo(75.0);
        assertThat(forBob.feltSafety().checkIns()).isZero();
        assertThat(forBob.esi()).isEqualTo(forAlice.esi());
    }
}
