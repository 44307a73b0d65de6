package dev.hearth.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * p50/p95/p99 of a sample by the nearest-rank method (the smallest value with at least q of the
 * sample at or below it), so a reported percentile is always a value that was really measured.
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static final Percentiles EMPTY = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Percentiles of(Collection<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of an ascending array: the value at rank ceil(q·n). */
    static double rank(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
