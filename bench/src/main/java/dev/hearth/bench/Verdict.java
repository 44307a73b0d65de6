package dev.hearth.bench;

import java.util.stream.Stream;

/** How one step fared against {@link Goals}, criterion by criterion. */
record Verdict(Check p99, Check errors, Check completed, Check keepToInsight, Check views) {

    /** A criterion passed, failed, or could not be judged (a figure the platform does not expose). */
    enum Check {
        PASS, FAIL, UNKNOWN;

        static Check of(double value, double limit, boolean atMost) {
            if (Double.isNaN(value)) {
                return UNKNOWN;
            }
            return (atMost ? value <= limit : value >= limit) ? PASS : FAIL;
        }
    }

    /**
     * @param p99Ms             p99 of every measured command
     * @param failedShare       commands answered with an error or a 429, or not answered, over commands sent
     * @param completedShare    commands completed per second over commands offered per second
     * @param keepToInsightP99Ms polled keep→insight p99, a timed-out poll counting as infinite; NaN without samples
     * @param maxViewLagSeconds the largest lag any view showed in the window; NaN when none exposes it
     */
    static Verdict of(Goals goals, double p99Ms, double failedShare, double completedShare, double keepToInsightP99Ms,
                      double maxViewLagSeconds) {
        // Below the limit strictly ("errors < 0.1 %"), the others at most / at least.
        Check errors = Double.isNaN(failedShare) ? Check.UNKNOWN : failedShare < goals.errorShare() ? Check.PASS : Check.FAIL;
        return new Verdict(Check.of(p99Ms, goals.p99Ms(), true), errors, Check.of(completedShare, goals.completedShare(), false),
                Check.of(keepToInsightP99Ms, goals.keepToInsightP99Ms(), true), Check.of(maxViewLagSeconds, goals.viewLagSeconds(), true));
    }

    /** p99, errors and the completed share all passed. */
    boolean sustainable() {
        return p99 == Check.PASS && errors == Check.PASS && completed == Check.PASS;
    }

    /** Every goal: FAIL if any failed, UNKNOWN if none failed but one could not be judged. */
    Check allGoals() {
        if (Stream.of(p99, errors, completed, keepToInsight, views).anyMatch(Check.FAIL::equals)) {
            return Check.FAIL;
        }
        return Stream.of(p99, errors, completed, keepToInsight, views).anyMatch(Check.UNKNOWN::equals) ? Check.UNKNOWN : Check.PASS;
    }
}
