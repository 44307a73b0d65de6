package dev.hearth.insights.activity;

import dev.hearth.insights.activity.DayBuckets.Change;
import dev.hearth.insights.trust.TrustPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A promise outcome as the buckets see it. Its counts go to the day of the due time it belongs to
 * (else its event time); its trust weight to the day of the time trust dates it (a keep or break
 * at its event time, a miss at its due time) — usually the same day, so one bucket.
 */
public sealed interface OutcomeFact {

    double HALF_LIFE_SECONDS = TrustPolicy.HALF_LIFE_DAYS * 86_400;

    String promiserId();

    List<Change<OutcomeCounters>> changes(ZoneId zone);

    /** A keep; a late one replaces the miss of the same due time (its count and its weight). */
    record Kept(String promiserId, @Nullable Instant dueAt, boolean late, Instant at) implements OutcomeFact {
        @Override
        public List<Change<OutcomeCounters>> changes(ZoneId zone) {
            List<Change<OutcomeCounters>> changes = new ArrayList<>();
            changes.add(count(zone, dueAt == null ? at : dueAt, promiserId, new OutcomeCounters(1, 0, 0, 0, 0)));
            changes.add(weight(zone, at, promiserId, true, 1));
            if (late && dueAt != null) {
                changes.add(count(zone, dueAt, promiserId, new OutcomeCounters(0, 0, -1, 0, 0)));
                changes.add(weight(zone, dueAt, promiserId, false, -1));
            }
            return changes;
        }
    }

    record Broken(String promiserId, @Nullable Instant dueAt, Instant at) implements OutcomeFact {
        @Override
        public List<Change<OutcomeCounters>> changes(ZoneId zone) {
            return List.of(count(zone, dueAt == null ? at : dueAt, promiserId, new OutcomeCounters(0, 1, 0, 0, 0)),
                    weight(zone, at, promiserId, false, 1));
        }
    }

    record Missed(String promiserId, Instant dueAt) implements OutcomeFact {
        @Override
        public List<Change<OutcomeCounters>> changes(ZoneId zone) {
            return List.of(count(zone, dueAt, promiserId, new OutcomeCounters(0, 0, 1, 0, 0)),
                    weight(zone, dueAt, promiserId, false, 1));
        }
    }

    private static Change<OutcomeCounters> count(ZoneId zone, Instant at, String promiserId, OutcomeCounters delta) {
        return new Change<>(LocalWeeks.day(at, zone), promiserId, delta);
    }

    private static Change<OutcomeCounters> weight(ZoneId zone, Instant at, String promiserId, boolean kept, int sign) {
        LocalDate day = LocalWeeks.day(at, zone);
        double w = sign * weightInDay(at, day, zone);
        return new Change<>(day, promiserId, new OutcomeCounters(0, 0, 0, kept ? w : 0, w));
    }

    /** {@code 2^((t − start of its local day)/h)}: between 1 and 2^(25 h / 30 d). */
    static double weightInDay(Instant at, LocalDate day, ZoneId zone) {
        double seconds = (at.toEpochMilli() - LocalWeeks.startOf(day, zone).toEpochMilli()) / 1000.0;
        return Math.pow(2, seconds / HALF_LIFE_SECONDS);
    }
}
