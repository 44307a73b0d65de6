package dev.hearth.insights.practice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Consistency, model {@value #MODEL}: how steadily promises are kept week after week, over the last
 * {@value #WEEKS} local ISO weeks (this one included).
 *
 * <pre>
 *   active week = one with any kept, broken or missed outcome
 *   coverage    = active weeks / 8
 *   steadiness  = 1 − min(1, stdev(weekly kept ratio over the active weeks) / 0.5)   (population stdev)
 *   score       = 100 · coverage · steadiness
 * </pre>
 *
 * Evidence is the number of outcomes in those weeks. {@code streakWeeks} counts the weeks with a keep
 * and no break or miss, back from this week if it qualifies (it may still be under way), else from
 * last week, at most {@value #MAX_STREAK}.
 */
public final class ConsistencyPolicy {

    public static final String MODEL = "consistency-v1";
    public static final int WEEKS = 8;
    public static final int MAX_STREAK = 52;

    private ConsistencyPolicy() {
    }

    /** One local ISO week's outcomes. */
    public record Week(long kept, long broken, long missed) {

        public static final Week NONE = new Week(0, 0, 0);

        long outcomes() {
            return kept + broken + missed;
        }

        boolean active() {
            return outcomes() > 0;
        }

        boolean clean() {
            return kept > 0 && broken == 0 && missed == 0;
        }

        public Week plus(Week other) {
            return new Week(kept + other.kept, broken + other.broken, missed + other.missed);
        }
    }

    public record Consistency(String model, @Nullable Double score, long evidence, boolean lowConfidence,
                              int activeWeeks, int streakWeeks) {
    }

    /** @param weeks consecutive weeks, oldest first, ending with this week; up to 53 are read (for the streak) */
    public static Consistency of(List<Week> weeks) {
        List<Week> recent = weeks.subList(Math.max(0, weeks.size() - WEEKS), weeks.size());
        List<Week> active = recent.stream().filter(Week::active).toList();
        long evidence = recent.stream().mapToLong(Week::outcomes).sum();
        int streak = streak(weeks);
        if (active.isEmpty()) {
            return new Consistency(MODEL, null, 0, true, 0, streak);
        }
        double[] ratios = active.stream().mapToDouble(week -> (double) week.kept() / week.outcomes()).toArray();
        double coverage = (double) active.size() / WEEKS;
        double steadiness = 1 - Math.min(1, populationStdev(ratios) / 0.5);
        return new Consistency(MODEL, Measures.score(coverage * steadiness), evidence, Measures.lowConfidence(evidence),
                active.size(), streak);
    }

    private static int streak(List<Week> weeks) {
        int last = weeks.size() - 1;
        int start = last >= 0 && weeks.get(last).clean() ? last : last - 1;
        int streak = 0;
        for (int i = start; i >= 0 && streak < MAX_STREAK && weeks.get(i).clean(); i--) {
            streak++;
        }
        return streak;
    }

    static double populationStdev(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double variance = 0;
        for (double value : values) {
            variance += (value - mean) * (value - mean) / values.length;
        }
        return Math.sqrt(variance);
    }
}
