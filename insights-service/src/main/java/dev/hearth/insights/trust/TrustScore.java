package dev.hearth.insights.trust;

/**
 * A trust estimate with the evidence behind it. {@code score} is 0–100 with one decimal;
 * {@code evidence} is the decayed outcome weight; {@code outcomes} are the plain counts.
 */
public record TrustScore(double score, double evidence, boolean lowConfidence, OutcomeCounts outcomes) {

    public record OutcomeCounts(long kept, long broken, long missed) {
    }
}
