package dev.hearth.insights.activity.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.activity.DayBuckets;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.practice.Histogram;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

/** A bucket's BSON round-trips, and has a fixed ceiling however busy the week: days × partners × bounded counters. */
class ActivityDocumentsTest {

    @Test
    void the_fullest_possible_week_of_journal_facts_round_trips_and_stays_under_its_ceiling() {
        long[] everyBin = new long[Histogram.BINS];
        java.util.Arrays.fill(everyBin, Long.MAX_VALUE / 2);
        JournalCounters full = new JournalCounters(Long.MAX_VALUE, 1, Histogram.of(everyBin), 2, 3, 4, 5, 6, 7,
                Histogram.of(everyBin), 8, 9);
        DayBuckets<JournalCounters> week = DayBuckets.empty("c:2026-W48");
        for (int day = 0; day < 7; day++) {
            for (String partner : List.of("a-" + "x".repeat(64), "b-" + "y".repeat(64))) {
                week = week.with(new DayBuckets.Change<>(LocalDate.parse("2026-11-23").plusDays(day), partner, full),
                        (x, y) -> y);
            }
        }
        Document stored = ActivityDocuments.days(week, ActivityDocuments::journal);
        stored.put("_id", "c:2026-W48");
        // the runner's ring of 128 recent event ids
        List<String> ring = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            ring.add(java.util.UUID.randomUUID() + ":" + Long.MAX_VALUE);
        }
        stored.put("_applied", new Document("p", 11).append("o", Long.MAX_VALUE).append("recent", ring));

        long bytes = RawBsonDocument.parse(stored.toJson()).getByteBuffer().remaining();
        System.out.println("[bucket size] the fullest journal week: " + bytes + " bytes");
        assertThat(bytes).isLessThan(160_000);
        assertThat(ActivityDocuments.days("c:2026-W48", stored, ActivityDocuments::journal)).isEqualTo(week);
    }

    @Test
    void an_outcome_week_round_trips() {
        DayBuckets<OutcomeCounters> week = DayBuckets.<OutcomeCounters>empty("c:2026-W48")
                .with(new DayBuckets.Change<>(LocalDate.parse("2026-11-24"), "a", new OutcomeCounters(3, 1, 0, 3.2, 4.4)),
                        OutcomeCounters::plus);

        Document stored = ActivityDocuments.days(week, ActivityDocuments::outcomes);

        assertThat(ActivityDocuments.days("c:2026-W48", stored, ActivityDocuments::outcomes)).isEqualTo(week);
    }
}
