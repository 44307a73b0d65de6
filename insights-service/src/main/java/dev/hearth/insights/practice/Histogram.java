package dev.hearth.insights.practice;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Durations (response and repair times) in fixed bins, so that a bucket holds a bounded number of
 * counters however many answers it sees: a bin per minute under an hour, per quarter-hour under a
 * day, per day up to 30 days (longer ones fall in the last bin). A median is reported as the
 * midpoint of the bin that holds it (the lower median for an even count).
 */
public final class Histogram {

    static final int MINUTE_BINS = 60;
    static final int QUARTER_BINS = 23 * 4;
    static final int DAY_BINS = 29;
    public static final int BINS = MINUTE_BINS + QUARTER_BINS + DAY_BINS;

    private static final long MINUTE = 60;
    private static final long QUARTER = 900;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private final long[] counts;

    private Histogram(long[] counts) {
        this.counts = counts;
    }

    public static Histogram empty() {
        return new Histogram(new long[BINS]);
    }

    /** A histogram from its counts per bin (as stored). */
    public static Histogram of(long[] counts) {
        if (counts.length != BINS) {
            throw new IllegalArgumentException("a histogram has " + BINS + " bins, not " + counts.length);
        }
        return new Histogram(counts.clone());
    }

    public static int binOf(long seconds) {
        long s = Math.max(0, seconds);
        if (s < HOUR) {
            return (int) (s / MINUTE);
        }
        if (s < DAY) {
            return MINUTE_BINS + (int) ((s - HOUR) / QUARTER);
        }
        return MINUTE_BINS + QUARTER_BINS + (int) Math.min(DAY_BINS - 1, (s - DAY) / DAY);
    }

    public static long midpointSeconds(int bin) {
        if (bin < MINUTE_BINS) {
            return bin * MINUTE + MINUTE / 2;
        }
        if (bin < MINUTE_BINS + QUARTER_BINS) {
            return HOUR + (bin - MINUTE_BINS) * QUARTER + QUARTER / 2;
        }
        return DAY + (bin - MINUTE_BINS - QUARTER_BINS) * DAY + DAY / 2;
    }

    /** This histogram with one more duration. */
    public Histogram with(long seconds) {
        long[] more = counts.clone();
        more[binOf(seconds)]++;
        return new Histogram(more);
    }

    public Histogram plus(Histogram other) {
        long[] sum = counts.clone();
        for (int bin = 0; bin < BINS; bin++) {
            sum[bin] += other.counts[bin];
        }
        return new Histogram(sum);
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    public long[] counts() {
        return counts.clone();
    }

    /** The midpoint of the bin holding the ⌈n/2⌉-th shortest duration, or null when empty. */
    public @Nullable Long medianSeconds() {
        long rank = (total() + 1) / 2;
        if (rank == 0) {
            return null;
        }
        long seen = 0;
        for (int bin = 0; bin < BINS; bin++) {
            seen += counts[bin];
            if (seen >= rank) {
                return midpointSeconds(bin);
            }
        }
        throw new IllegalStateException("unreachable: rank within total");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram histogram && Arrays.equals(counts, histogram.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(counts);
    }
}
