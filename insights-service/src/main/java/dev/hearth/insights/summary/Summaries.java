package dev.hearth.insights.summary;

import dev.hearth.insights.couple.CoupleFacts;
import dev.hearth.insights.trust.TrustPolicy;
import java.time.Instant;

/** Computes a couple's summary from its facts at a given moment (decay depends on "now"). */
public final class Summaries {

    private Summaries() {
    }

    public static InsightsSummary of(CoupleFacts facts, Instant now) {
        return new InsightsSummary(facts.coupleId(), TrustPolicy.MODEL, facts.updatedAt(), now,
                TrustPolicy.forCouple(facts.outcomes(), now),
                facts.partners().stream()
                        .map(partner -> new InsightsSummary.PartnerInsights(partner,
                                TrustPolicy.forPromiser(facts.outcomes(), partner, now)))
                        .toList());
    }
}
