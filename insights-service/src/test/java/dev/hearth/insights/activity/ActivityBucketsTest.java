package dev.hearth.insights.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.practice.Histogram;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local days, ISO weeks and elapsed time in the couple's timezone, across DST changes and year ends. */
class ActivityBucketsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void late_on_the_28th_in_utc_is_the_29th_in_berlin_a_day_of_23_hours() {
        Instant at = Instant.parse("2026-03-28T23:30:00Z");

        assertThat(LocalWeeks.day(at, BERLIN)).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(Duration.between(LocalWeeks.startOf(LocalDate.parse("2026-03-29"), BERLIN),
                LocalWeeks.startOf(LocalDate.parse("2026-03-30"), BERLIN))).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(LocalWeeks.startOf(LocalDate.parse("2026-10-25"), BERLIN),
                LocalWeeks.startOf(LocalDate.parse("2026-10-26"), BERLIN))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void the_short_and_the_long_day_are_one_day_point_each() {
        DayBuckets<JournalCounters> week = DayBuckets.empty("c:2026-W13");
        // every hour of the 23-hour day, in UTC
        for (Instant at = Instant.parse("2026-03-28T23:00:00Z"); at.isBefore(Instant.parse("2026-03-29T22:00:00Z"));
                at = at.plus(Duration.ofHours(1))) {
            for (DayBuckets.Change<JournalCounters> change : new JournalFact.Bid("a", "REFLECTION", at).changes(BERLIN)) {
                week = week.with(change, JournalCounters::plus);
            }
        }
        assertThat(week.days()).hasSize(1);
        assertThat(week.days().getFirst().date()).isEqualTo(LocalDate.parse("2026-03-29"));
        assertThat(week.days().getFirst().partners().getFirst().counters().bids()).isEqualTo(23);

        DayBuckets<JournalCounters> autumn = DayBuckets.empty("c:2026-W43");
        for (Instant at = Instant.parse("2026-10-24T22:00:00Z"); at.isBefore(Instant.parse("2026-10-25T23:00:00Z"));
                at = at.plus(Duration.ofHours(1))) {
            for (DayBuckets.Change<JournalCounters> change : new JournalFact.Bid("a", "REFLECTION", at).changes(BERLIN)) {
                autumn = autumn.with(change, JournalCounters::plus);
            }
        }
        assertThat(autumn.days()).hasSize(1);
        assertThat(autumn.days().getFirst().partners().getFirst().counters().bids()).isEqualTo(25);
    }

    @Test
    void the_24_hours_of_an_answer_are_elapsed_time_across_spring_forward() {
        // written 2026-03-28 12:00 Berlin (11:00Z); the same wall-clock time next day is only 23 h later
        Instant written = Instant.parse("2026-03-28T11:00:00Z");
        JournalCounters inTime = answer(written, written.plus(Duration.ofHours(24)));
        JournalCounters late = answer(written, written.plus(Duration.ofHours(24)).plusSeconds(1));

        assertThat(inTime.answeredInTime()).isEqualTo(1);
        assertThat(late.answeredInTime()).isZero();
        assertThat(late.responses().total()).isEqualTo(1);
    }

    @Test
    void an_answer_counts_on_the_day_of_the_bid_it_answers() {
        Instant written = Instant.parse("2026-11-23T20:00:00Z");
        List<DayBuckets.Change<JournalCounters>> changes = new JournalFact.Answer("a", "VULNERABILITY", "b", "EMPATHY",
                written, written.plus(Duration.ofDays(3))).changes(BERLIN);

        assertThat(changes).extracting(DayBuckets.Change::day).containsOnly(LocalDate.parse("2026-11-23"));
        assertThat(changes.get(0).delta().sharesMetWithCare()).isEqualTo(1);
        assertThat(changes.get(1).userId()).isEqualTo("b");
        assertThat(changes.get(1).delta().acknowledgementsGiven()).isEqualTo(1);
    }

    @Test
    void auckland_is_in_2027_w01_while_utc_is_still_in_2026_w53() {
        Instant at = Instant.parse("2027-01-03T12:00:00Z");

        assertThat(LocalWeeks.week(LocalWeeks.day(at, AUCKLAND))).isEqualTo("2027-W01");
        assertThat(LocalWeeks.week(LocalWeeks.day(at, ZoneId.of("UTC")))).isEqualTo("2026-W53");
    }

    @Test
    void the_weeks_from_2026_12_21_to_2027_01_10_are_w52_w53_and_w01() {
        assertThat(LocalWeeks.bucketIds("c", LocalDate.parse("2026-12-21"),
                LocalDate.parse("2027-01-10")))
                .containsExactly("c:2026-W52", "c:2026-W53", "c:2027-W01");
    }

    @Test
    void a_late_keep_replaces_its_miss_on_the_due_day_and_weighs_at_its_own_time() {
        Instant due = Instant.parse("2026-11-23T17:00:00Z");
        DayBuckets<OutcomeCounters> week = DayBuckets.empty("c:2026-W48");
        for (OutcomeFact fact : List.of(new OutcomeFact.Missed("a", due),
                new OutcomeFact.Kept("a", due, true, due.plus(Duration.ofHours(20))))) {
            for (DayBuckets.Change<OutcomeCounters> change : fact.changes(BERLIN)) {
                week = week.with(change, OutcomeCounters::plus);
            }
        }
        Days<OutcomeCounters> days = new Days<>(List.of(week), OutcomeCounters.NONE, OutcomeCounters::plus);
        OutcomeCounters dueDay = days.sum(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"));
        assertThat(dueDay.kept()).isEqualTo(1);
        assertThat(dueDay.missed()).isZero();
        assertThat(dueDay.totalWeight()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(days.sum(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-24")).keptWeight()).isGreaterThan(1);
    }

    @Test
    void the_index_lists_every_bucket_by_the_span_of_its_days_and_keeps_facts_of_a_couple_not_known_yet() {
        Bucket<JournalCounters, JournalFact> index = Bucket.empty(Bucket.indexId("c"));
        JournalFact early = new JournalFact.Bid("a", "REFLECTION", Instant.parse("2026-12-20T10:00:00Z"));
        index = index.waiting("entry-1:1", early).waiting("entry-1:1", early);
        for (String at : List.of("2026-12-29T10:00:00Z", "2027-01-05T10:00:00Z", "2026-12-21T10:00:00Z")) {
            index = index.listing(new JournalFact.Bid("a", "REFLECTION", Instant.parse(at)).changes(BERLIN));
        }

        assertThat(index.pending()).hasSize(1);
        assertThat(index.span()).isEqualTo(new Bucket.Span(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-05")));
        assertThat(LocalWeeks.bucketIds("c", index.span().first(), index.span().last()))
                .containsExactly("c:2026-W52", "c:2026-W53", "c:2027-W01");
    }

    @Test
    void a_histogram_keeps_one_bin_per_duration_however_many() {
        assertThat(Histogram.empty().with(10).with(20).total()).isEqualTo(2);
    }

    private static JournalCounters answer(Instant written, Instant answered) {
        return new JournalFact.Answer("a", "REFLECTION", "b", "HEARD", written, answered).changes(BERLIN).getFirst().delta();
    }
}
