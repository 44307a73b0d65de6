package dev.hearth.insights.practice;

import org.jspecify.annotations.Nullable;

/** The rounding and confidence rules every policy shares: scores 0–100 with one decimal, rates in [0, 1] with three. */
public final class Measures {

    /** Below this much evidence a score is flagged low-confidence (as trust's). */
    public static final double LOW_CONFIDENCE_BELOW = 3.0;

    private Measures() {
    }

    /** A fraction in [0, 1] as a score 0–100 with one decimal. */
    public static double score(double fraction) {
        return oneDecimal(100 * Math.clamp(fraction, 0.0, 1.0));
    }

    /** {@code numerator / denominator} with three decimals, or null on a zero denominator. */
    public static @Nullable Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : threeDecimals((double) numerator / denominator);
    }

    /** {@code min(a, b) / max(a, b)}: 1 when both give alike, 0 when one gives nothing; null when neither gives. */
    public static @Nullable Double reciprocity(long a, long b) {
        return rate(Math.min(a, b), Math.max(a, b));
    }

    /** Reciprocity unrounded, for a formula; 0 when neither gives (callers score that as no evidence). */
    static double balance(long a, long b) {
        return Math.max(a, b) == 0 ? 0 : (double) Math.min(a, b) / Math.max(a, b);
    }

    public static boolean lowConfidence(double evidence) {
        return evidence < LOW_CONFIDENCE_BELOW;
    }

    public static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public static double threeDecimals(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
