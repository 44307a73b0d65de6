package dev.hearth.insights.summary;

import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.insights.practice.EsiPolicy;
import dev.hearth.insights.trust.TrustPolicy;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Computes a couple's summary from its facts at a given moment (decay depends on "now"). */
public final class Summaries {

    private Summaries() {
    }

    public static InsightsSummary of(CoupleMembers members, CoupleTrust trust, Instant now) {
        return new InsightsSummary(members.coupleId(), EsiPolicy.MODEL, latest(members.updatedAt(), trust.updatedAt()),
                now, TrustPolicy.score(trust.couple(), now),
                members.partners().stream()
                        .map(partner -> new InsightsSummary.PartnerInsights(partner,
                                TrustPolicy.score(trust.of(partner), now)))
                        .toList());
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
