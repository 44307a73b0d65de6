package dev.hearth.insights.summary;

import dev.hearth.insights.trust.TrustScore;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The couple's current insights: trust for the couple and per partner as promiser, the model that
 * computed them, and {@code updatedAt}, the time of the newest event they include.
 */
public record InsightsSummary(String coupleId, String model, @Nullable Instant updatedAt, Instant computedAt,
                              TrustScore trust, List<PartnerInsights> partners) {

    public record PartnerInsights(String userId, TrustScore trust) {
    }
}
