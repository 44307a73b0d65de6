package dev.hearth.insights.practice;

import org.jspecify.annotations.Nullable;

/**
 * Listening, model {@value #MODEL}: whether bids get answered. A bid is any SHARED entry; it is
 * unanswered from the moment it is written until the other partner acknowledges it, and only the
 * first acknowledgement counts.
 *
 * <pre>
 *   turnTowardRate        = bids acknowledged within 24 h (elapsed time) / bids in the window
 *   score                 = 100 · (1 + answered) / (2 + bids)
 *   medianResponseSeconds = the median time to the first acknowledgement, from the histogram
 * </pre>
 *
 * Evidence is the number of bids. Per partner the same is read as listener: the other's bids and
 * this partner's answers.
 */
public final class ListeningPolicy {

    public static final String MODEL = "listening-v1";
    /** An answer after this long is an answer, but not a turn towards. */
    public static final long TIMELY_SECONDS = 24 * 3_600;

    private ListeningPolicy() {
    }

    /**
     * What the window holds of bids.
     *
     * @param answered  bids acknowledged within 24 h
     * @param responses the times to every first acknowledgement, timely or not
     */
    public record Bids(long bids, long answered, Histogram responses) {

        public static final Bids NONE = new Bids(0, 0, Histogram.empty());

        public Bids plus(Bids other) {
            return new Bids(bids + other.bids, answered + other.answered, responses.plus(other.responses));
        }
    }

    public record Listening(String model, @Nullable Double score, long evidence, boolean lowConfidence,
                            @Nullable Double turnTowardRate, @Nullable Long medianResponseSeconds) {
    }

    public static Listening of(Bids bids) {
        @Nullable Double score = bids.bids() == 0 ? null
                : Measures.score((1.0 + bids.answered()) / (2.0 + bids.bids()));
        return new Listening(MODEL, score, bids.bids(), Measures.lowConfidence(bids.bids()),
                Measures.rate(bids.answered(), bids.bids()), bids.responses().medianSeconds());
    }
}
