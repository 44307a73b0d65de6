package dev.hearth.insights.practice;

import org.jspecify.annotations.Nullable;

/**
 * Appreciation, model {@value #MODEL}: how often appreciations (APPRECIATION bids) are written, and
 * whether both partners write them.
 *
 * <pre>
 *   per partner: score = 100 · min(1, perWeek / 3)
 *   couple:      score = 100 · (½ · min(1, perWeek / 3) + ½ · reciprocity),  perWeek = the partners' mean
 * </pre>
 *
 * Three a week is a product constant ({@value #TARGET_PER_WEEK}), not a finding. Evidence is the
 * number of appreciations (per partner: their own).
 */
public final class AppreciationPolicy {

    public static final String MODEL = "appreciation-v1";
    public static final double TARGET_PER_WEEK = 3.0;

    private AppreciationPolicy() {
    }

    public record Appreciation(String model, @Nullable Double score, long evidence, boolean lowConfidence,
                               double perWeek, @Nullable Double reciprocity) {
    }

    public static Appreciation forCouple(long a, long b, Window window) {
        double perWeek = window.perWeek(a + b) / 2;
        @Nullable Double score = a + b == 0 ? null
                : Measures.score(0.5 * Math.min(1, perWeek / TARGET_PER_WEEK) + 0.5 * Measures.balance(a, b));
        return new Appreciation(MODEL, score, a + b, Measures.lowConfidence(a + b), Measures.oneDecimal(perWeek),
                Measures.reciprocity(a, b));
    }

    public static Appreciation forPartner(long own, Window window) {
        double perWeek = window.perWeek(own);
        @Nullable Double score = own == 0 ? null : Measures.score(Math.min(1, perWeek / TARGET_PER_WEEK));
        return new Appreciation(MODEL, score, own, Measures.lowConfidence(own), Measures.oneDecimal(perWeek), null);
    }
}
