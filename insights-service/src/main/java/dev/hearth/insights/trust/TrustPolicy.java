package dev.hearth.insights.trust;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Trust through reliability, model {@value #MODEL}: a Beta-Bernoulli estimate of "the next promise
 * will be kept" with a uniform prior and exponential decay, so that old outcomes fade and a couple
 * can recover.
 *
 * <pre>
 *   w     = 2^(−age_days / 30)          age from the outcome's event time to the moment of reading
 *   trust = (1 + Σ w·kept) / (2 + Σ w·(kept + broken + missed))
 * </pre>
 *
 * No evidence gives 50; below {@value #LOW_CONFIDENCE_BELOW} units of evidence the score is flagged
 * low-confidence. Released, withdrawn and renegotiated promises never reach this policy: they are
 * not failures. Outcomes dated after {@code now} (clock skew between services) count as fresh.
 */
public final class TrustPolicy {

    public static final String MODEL = "trust-v1";
    public static final double HALF_LIFE_DAYS = 30.0;
    public static final double LOW_CONFIDENCE_BELOW = 3.0;

    private static final double SECONDS_PER_DAY = 86_400.0;

    private TrustPolicy() {
    }

    /** The couple's trust: both partners' outcomes pooled (not the mean of two scores). */
    public static TrustScore forCouple(Collection<Outcome> outcomes, Instant now) {
        return score(outcomes, o -> true, now);
    }

    /** One partner's trust as promiser: only the outcomes of promises they made. */
    public static TrustScore forPromiser(Collection<Outcome> outcomes, String promiserId, Instant now) {
        return score(outcomes, o -> o.promiserId().equals(promiserId), now);
    }

    private static TrustScore score(Collection<Outcome> outcomes, Predicate<Outcome> counted, Instant now) {
        double keptWeight = 0;
        double totalWeight = 0;
        long kept = 0;
        long broken = 0;
        long missed = 0;
        for (Outcome outcome : outcomes) {
            if (!counted.test(outcome)) {
                continue;
            }
            double w = weight(outcome.occurredAt(), now);
            totalWeight += w;
            switch (outcome.kind()) {
                case KEPT -> {
                    keptWeight += w;
                    kept++;
                }
                case BROKEN -> broken++;
                case MISSED -> missed++;
            }
        }
        double trust = (1 + keptWeight) / (2 + totalWeight);
        return new TrustScore(oneDecimal(100 * trust), oneDecimal(totalWeight),
                totalWeight < LOW_CONFIDENCE_BELOW, new TrustScore.OutcomeCounts(kept, broken, missed));
    }

    /**
     * The same score from running sums ({@link TrustTally}). Read at {@code now}, or at the newest
     * outcome's time if that is later (a clock a little ahead in another service): the list form
     * counts such an outcome as fresh, which this matches to within rounding for any skew of minutes.
     */
    public static TrustScore score(TrustTally tally, Instant now) {
        long reading = tally.newest() != null && tally.newest().isAfter(now) ? tally.newest().toEpochMilli() : now.toEpochMilli();
        double keptWeight = tally.keptWeightAt(reading);
        double totalWeight = tally.totalWeightAt(reading);
        double trust = (1 + keptWeight) / (2 + totalWeight);
        return new TrustScore(oneDecimal(100 * trust), oneDecimal(totalWeight), totalWeight < LOW_CONFIDENCE_BELOW,
                tally.counts());
    }

    /**
     * Trust at an earlier instant {@code at}, for trend points and TRUST_DROP: the running sums read at
     * {@code at}, less the outcomes after it, given as their weights at {@code at}
     * ({@code Σ 2^((tᵢ − at)/h)}, each above 1) and counts.
     */
    public static TrustScore scoreBefore(TrustTally tally, Instant at, double keptAfter, double totalAfter,
                                         TrustScore.OutcomeCounts countsAfter) {
        double keptWeight = Math.max(0, tally.keptWeightAt(at.toEpochMilli()) - keptAfter);
        double totalWeight = Math.max(keptWeight, tally.totalWeightAt(at.toEpochMilli()) - totalAfter);
        TrustScore.OutcomeCounts counts = tally.counts();
        TrustScore.OutcomeCounts before = new TrustScore.OutcomeCounts(Math.max(0, counts.kept() - countsAfter.kept()),
                Math.max(0, counts.broken() - countsAfter.broken()), Math.max(0, counts.missed() - countsAfter.missed()));
        // Rounding leaves crumbs of weight where no outcome remains.
        if (before.kept() + before.broken() + before.missed() == 0) {
            keptWeight = 0;
            totalWeight = 0;
        }
        double trust = (1 + keptWeight) / (2 + totalWeight);
        return new TrustScore(oneDecimal(100 * trust), oneDecimal(totalWeight), totalWeight < LOW_CONFIDENCE_BELOW, before);
    }

    static double weight(Instant occurredAt, Instant now) {
        double ageDays = Math.max(0, Duration.between(occurredAt, now).toMillis() / 1000.0 / SECONDS_PER_DAY);
        return Math.pow(2, -ageDays / HALF_LIFE_DAYS);
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
