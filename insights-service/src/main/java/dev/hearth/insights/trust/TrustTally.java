package dev.hearth.insights.trust;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Outcomes of promises, kept as running sums instead of a list, so that what insights stores for a
 * couple does not grow with its history and {@link TrustPolicy}'s decay stays exact.
 *
 * <p>An outcome at time {@code t} weighs {@code 2^(−(now − t)/h)} at reading time {@code now}
 * ({@code h} = {@value TrustPolicy#HALF_LIFE_DAYS} days). With a fixed reference {@code t0} that
 * weight is {@code 2^((t − t0)/h) · 2^(−(now − t0)/h)}: the first factor is fixed when the outcome
 * arrives, the second is common to every outcome. So {@code kept} and {@code total} hold
 * {@code Σ 2^((tᵢ − t0)/h)}, and reading multiplies them by {@code 2^(−(now − t0)/h)}. When an
 * exponent would grow large, {@code t0} moves forward and the sums are scaled to match, which
 * changes nothing but the numbers' range.
 *
 * @param referenceMillis {@code t0}, epoch milliseconds (meaningless while there is no outcome)
 * @param kept            {@code Σ 2^((tᵢ − t0)/h)} over kept outcomes
 * @param total           the same over kept, broken and missed outcomes
 * @param counts          the plain counts
 * @param newest          the time of the newest outcome, or null
 */
public record TrustTally(long referenceMillis, double kept, double total, TrustScore.OutcomeCounts counts,
                         @Nullable Instant newest) {

    public static final TrustTally NONE = new TrustTally(0, 0, 0, new TrustScore.OutcomeCounts(0, 0, 0), null);

    static final double HALF_LIFE_MILLIS = TrustPolicy.HALF_LIFE_DAYS * 86_400_000.0;
    /** Half-lives between the reference and an outcome beyond which the reference moves (2^64 is far inside a double). */
    static final double REBASE_AFTER_HALF_LIVES = 64;

    /** This tally with one more outcome. */
    public TrustTally with(Outcome.Kind kind, Instant at) {
        long t = at.toEpochMilli();
        TrustTally base = counts.kept() + counts.broken() + counts.missed() == 0 ? new TrustTally(t, 0, 0, counts, newest)
                : rebasedFor(t);
        double weight = Math.pow(2, (t - base.referenceMillis) / HALF_LIFE_MILLIS);
        TrustScore.OutcomeCounts more = switch (kind) {
            case KEPT -> new TrustScore.OutcomeCounts(counts.kept() + 1, counts.broken(), counts.missed());
            case BROKEN -> new TrustScore.OutcomeCounts(counts.kept(), counts.broken() + 1, counts.missed());
            case MISSED -> new TrustScore.OutcomeCounts(counts.kept(), counts.broken(), counts.missed() + 1);
        };
        Instant latest = newest == null || at.isAfter(newest) ? at : newest;
        return new TrustTally(base.referenceMillis, base.kept + (kind == Outcome.Kind.KEPT ? weight : 0),
                base.total + weight, more, latest);
    }

    /**
     * This tally without an outcome it holds (a miss that a late keep replaces): the same weight
     * taken back out of the sums, computed against the same reference, so the sums stay those of
     * the remaining outcomes.
     */
    public TrustTally without(Outcome.Kind kind, Instant at) {
        double weight = Math.pow(2, (at.toEpochMilli() - referenceMillis) / HALF_LIFE_MILLIS);
        TrustScore.OutcomeCounts fewer = switch (kind) {
            case KEPT -> new TrustScore.OutcomeCounts(counts.kept() - 1, counts.broken(), counts.missed());
            case BROKEN -> new TrustScore.OutcomeCounts(counts.kept(), counts.broken() - 1, counts.missed());
            case MISSED -> new TrustScore.OutcomeCounts(counts.kept(), counts.broken(), counts.missed() - 1);
        };
        if (fewer.kept() + fewer.broken() + fewer.missed() == 0) {
            return new TrustTally(0, 0, 0, fewer, newest);
        }
        return new TrustTally(referenceMillis, Math.max(0, kept - (kind == Outcome.Kind.KEPT ? weight : 0)),
                Math.max(0, total - weight), fewer, newest);
    }

    /** {@code Σ w·kept} at {@code now}. */
    double keptWeightAt(long nowMillis) {
        return kept * decay(nowMillis);
    }

    /** {@code Σ w} at {@code now}. */
    double totalWeightAt(long nowMillis) {
        return total * decay(nowMillis);
    }

    private double decay(long nowMillis) {
        return Math.pow(2, -(nowMillis - referenceMillis) / HALF_LIFE_MILLIS);
    }

    // Moves t0 to the outcome's time when it lies too many half-lives after it.
    private TrustTally rebasedFor(long t) {
        if ((t - referenceMillis) / HALF_LIFE_MILLIS <= REBASE_AFTER_HALF_LIVES) {
            return this;
        }
        double scale = Math.pow(2, -(t - referenceMillis) / HALF_LIFE_MILLIS);
        return new TrustTally(t, kept * scale, total * scale, counts, newest);
    }
}
