package dev.hearth.insights.activity;

import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import dev.hearth.insights.trust.TrustTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Trust at the end of an earlier local day: the running sums of today less what the buckets hold
 * after that day (each day's weights rescaled from its own start to that instant). Exact for
 * outcomes dated as trust dates them; a late keep moves its miss out of the past as it does now.
 */
public final class TrustHistory {

    private TrustHistory() {
    }

    /**
     * @param outcomes the couple's outcome buckets from the day after {@code day} through today
     * @param who      whose outcomes (the couple's: everyone's)
     */
    public static TrustScore atEndOf(LocalDate day, TrustTally tally, Days<OutcomeCounters> outcomes, ZoneId zone,
                                     LocalDate today, Predicate<String> who) {
        Instant end = LocalWeeks.startOf(day.plusDays(1), zone);
        double keptAfter = 0;
        double totalAfter = 0;
        long kept = 0;
        long broken = 0;
        long missed = 0;
        for (Map.Entry<LocalDate, OutcomeCounters> after : outcomes.daily(day.plusDays(1), today, who).entrySet()) {
            double seconds = (LocalWeeks.startOf(after.getKey(), zone).toEpochMilli() - end.toEpochMilli()) / 1000.0;
            double rescale = Math.pow(2, seconds / OutcomeFact.HALF_LIFE_SECONDS);
            keptAfter += after.getValue().keptWeight() * rescale;
            totalAfter += after.getValue().totalWeight() * rescale;
            kept += after.getValue().kept();
            broken += after.getValue().broken();
            missed += after.getValue().missed();
        }
        return TrustPolicy.scoreBefore(tally, end, keptAfter, totalAfter, new TrustScore.OutcomeCounts(kept, broken, missed));
    }
}
