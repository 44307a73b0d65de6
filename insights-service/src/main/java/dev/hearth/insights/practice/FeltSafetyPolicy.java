package dev.hearth.insights.practice;

import org.jspecify.annotations.Nullable;

/**
 * Felt safety, model {@value #MODEL}: a partner's own safety check-ins (1–5) over the window,
 * {@code score = 100 · (mean − 1) / 4}. Shown to that partner only and part of no ESI: with the
 * couple's figures it would let one partner work out the other's answers.
 */
public final class FeltSafetyPolicy {

    public static final String MODEL = "felt-safety-v1";

    private FeltSafetyPolicy() {
    }

    public record FeltSafety(String model, @Nullable Double score, long evidence, boolean lowConfidence,
                             @Nullable Double mean, long checkIns) {
    }

    /** @param sum the sum of the check-in answers */
    public static FeltSafety of(long checkIns, long sum) {
        if (checkIns == 0) {
            return new FeltSafety(MODEL, null, 0, true, null, 0);
        }
        double mean = (double) sum / checkIns;
        return new FeltSafety(MODEL, Measures.score((mean - 1) / 4), checkIns, Measures.lowConfidence(checkIns),
                Measures.oneDecimal(mean), checkIns);
    }
}
