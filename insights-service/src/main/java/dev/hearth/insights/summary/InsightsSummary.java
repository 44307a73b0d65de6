package dev.hearth.insights.summary;

import dev.hearth.insights.practice.AppreciationPolicy.Appreciation;
import dev.hearth.insights.practice.ConflictPolicy.Conflict;
import dev.hearth.insights.practice.ConsistencyPolicy.Consistency;
import dev.hearth.insights.practice.EsiPolicy.Esi;
import dev.hearth.insights.practice.FeltSafetyPolicy.FeltSafety;
import dev.hearth.insights.practice.ListeningPolicy.Listening;
import dev.hearth.insights.practice.SignalsPolicy.Signal;
import dev.hearth.insights.practice.VulnerabilityPolicy.Vulnerability;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The couple's current insights under the {@code esi-v1} bundle ({@code model}): each practice's
 * metric with its own policy version, for the couple and per partner; {@code feltSafety} is the
 * caller's own and never in {@code partners}. {@code updatedAt} is the time of the newest couple
 * or promise event included (never a check-in: it would tell when the other checked in).
 */
public record InsightsSummary(String coupleId, String model, @Nullable Instant updatedAt, Instant computedAt,
                              TrustInsight trust, List<PartnerInsights> partners, Period window,
                              Consistency consistency, Listening listening, Vulnerability vulnerability,
                              Appreciation appreciation, Conflict conflict, FeltSafety feltSafety, Esi esi,
                              List<Signal> signals) {

    public record PartnerInsights(String userId, TrustInsight trust, Consistency consistency, Listening listening,
                                  Vulnerability vulnerability, Appreciation appreciation, Esi esi) {
    }

    /** Trust as it always was, with its model named. */
    public record TrustInsight(String model, double score, double evidence, boolean lowConfidence,
                               TrustScore.OutcomeCounts outcomes) {

        static TrustInsight of(TrustScore score) {
            return new TrustInsight(TrustPolicy.MODEL, score.score(), score.evidence(), score.lowConfidence(), score.outcomes());
        }
    }

    /** Local dates, inclusive. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
