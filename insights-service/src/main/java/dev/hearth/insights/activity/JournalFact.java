package dev.hearth.insights.activity;

import dev.hearth.insights.activity.DayBuckets.Change;
import dev.hearth.insights.practice.Histogram;
import dev.hearth.insights.practice.ListeningPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A journal event as the buckets see it. Each fact changes one partner's counters (an answer, two
 * partners') on one local day: its own, or the day of what it answers.
 */
public sealed interface JournalFact {

    String APPRECIATION = "APPRECIATION";
    String VULNERABILITY = "VULNERABILITY";

    /** When it happened: the event's time. */
    Instant at();

    /** The changes it makes, in the couple's timezone. */
    List<Change<JournalCounters>> changes(ZoneId zone);

    /** A shared entry: a bid for the other's attention. */
    record Bid(String authorId, String kind, Instant at) implements JournalFact {
        @Override
        public List<Change<JournalCounters>> changes(ZoneId zone) {
            JournalCounters delta = new JournalCounters(1, 0, Histogram.empty(), kind.equals(VULNERABILITY) ? 1 : 0, 0,
                    kind.equals(APPRECIATION) ? 1 : 0, 0, 0, 0, Histogram.empty(), 0, 0);
            return List.of(new Change<>(LocalWeeks.day(at, zone), authorId, delta));
        }
    }

    /** The other partner's (first and only) acknowledgement of a bid, counted on the bid's day. */
    record Answer(String authorId, String entryKind, String answeredBy, String response, Instant entryWrittenAt,
                  Instant at) implements JournalFact {
        @Override
        public List<Change<JournalCounters>> changes(ZoneId zone) {
            long seconds = Math.max(0, Duration.between(entryWrittenAt, at).toSeconds());
            boolean inTime = seconds <= ListeningPolicy.TIMELY_SECONDS;
            boolean care = entryKind.equals(VULNERABILITY) && (response.equals("EMPATHY") || response.equals("SUPPORT"));
            JournalCounters author = new JournalCounters(0, inTime ? 1 : 0, Histogram.empty().with(seconds), 0,
                    care ? 1 : 0, 0, 0, 0, 0, Histogram.empty(), 0, 0);
            JournalCounters listener = new JournalCounters(0, 0, Histogram.empty(), 0, 0, 0, 1, 0, 0, Histogram.empty(),
                    0, 0);
            LocalDate day = LocalWeeks.day(entryWrittenAt, zone);
            return List.of(new Change<>(day, authorId, author), new Change<>(day, answeredBy, listener));
        }
    }

    record ConflictOpened(String openedBy, Instant at) implements JournalFact {
        @Override
        public List<Change<JournalCounters>> changes(ZoneId zone) {
            return List.of(new Change<>(LocalWeeks.day(at, zone), openedBy,
                    new JournalCounters(0, 0, Histogram.empty(), 0, 0, 0, 0, 1, 0, Histogram.empty(), 0, 0)));
        }
    }

    /** A resolution, counted on the conflict's opening day. */
    record ConflictResolved(String resolvedBy, Instant openedAt, Instant at) implements JournalFact {
        @Override
        public List<Change<JournalCounters>> changes(ZoneId zone) {
            long seconds = Math.max(0, Duration.between(openedAt, at).toSeconds());
            return List.of(new Change<>(LocalWeeks.day(openedAt, zone), resolvedBy,
                    new JournalCounters(0, 0, Histogram.empty(), 0, 0, 0, 0, 0, 1, Histogram.empty().with(seconds), 0, 0)));
        }
    }

    record CheckIn(String partnerId, int safety, Instant at) implements JournalFact {
        @Override
        public List<Change<JournalCounters>> changes(ZoneId zone) {
            return List.of(new Change<>(LocalWeeks.day(at, zone), partnerId,
                    new JournalCounters(0, 0, Histogram.empty(), 0, 0, 0, 0, 0, 0, Histogram.empty(), 1, safety)));
        }
    }
}
