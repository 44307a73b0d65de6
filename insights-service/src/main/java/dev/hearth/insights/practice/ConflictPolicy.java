package dev.hearth.insights.practice;

import org.jspecify.annotations.Nullable;

/**
 * Constructive conflict, model {@value #MODEL}: whether conflicts get repaired, and how positive
 * everyday facts are against negative ones.
 *
 * <pre>
 *   repairRate       = resolved / opened            (a resolution counts on its conflict's opening day)
 *   positivityRatio  = (appreciations + acknowledgements + kept) / (conflicts opened + broken + missed)
 *   score            = 100 · (½ · (1 + resolved) / (2 + opened) + ½ · min(1, ratio / 5))
 * </pre>
 *
 * With no conflict opened the score is the ratio half alone ({@code 100 · min(1, ratio / 5)}); with no
 * negative fact that half is 1. Evidence counts each fact once: opened, positives, broken and missed.
 * The 5 is Gottman's 5 : 1, observed during conflict; here it is read over everyday facts.
 */
public final class ConflictPolicy {

    public static final String MODEL = "conflict-v1";
    public static final double TARGET_RATIO = 5.0;

    private ConflictPolicy() {
    }

    /**
     * What the window holds.
     *
     * @param resolved  conflicts opened in the window and resolved since
     * @param repairs   their times from opening to resolution
     * @param positives appreciations, acknowledgements and kept promises
     * @param failures  broken and missed promises (the conflicts opened are the ratio's other negative term)
     */
    public record Facts(long opened, long resolved, Histogram repairs, long positives, long failures) {

        public static final Facts NONE = new Facts(0, 0, Histogram.empty(), 0, 0);

        public Facts plus(Facts other) {
            return new Facts(opened + other.opened, resolved + other.resolved, repairs.plus(other.repairs),
                    positives + other.positives, failures + other.failures);
        }
    }

    public record Conflict(String model, @Nullable Double score, long evidence, boolean lowConfidence, long opened,
                           @Nullable Double repairRate, @Nullable Long medianRepairSeconds,
                           @Nullable Double positivityRatio) {
    }

    public static Conflict of(Facts facts) {
        long negatives = facts.opened() + facts.failures();
        long evidence = facts.opened() + facts.positives() + facts.failures();
        double ratioHalf = negatives == 0 ? 1 : Math.min(1, (double) facts.positives() / negatives / TARGET_RATIO);
        @Nullable Double score;
        if (evidence == 0) {
            score = null;
        } else if (facts.opened() == 0) {
            score = Measures.score(ratioHalf);
        } else {
            score = Measures.score(0.5 * (1.0 + facts.resolved()) / (2.0 + facts.opened()) + 0.5 * ratioHalf);
        }
        @Nullable Double ratio = negatives == 0 ? null : Measures.threeDecimals((double) facts.positives() / negatives);
        return new Conflict(MODEL, score, evidence, Measures.lowConfidence(evidence), facts.opened(),
                Measures.rate(facts.resolved(), facts.opened()), facts.repairs().medianSeconds(), ratio);
    }
}
