package dev.hearth.insights.couple;

import dev.hearth.insights.trust.Outcome;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What insights knows of one couple, as projected from the public topics: its partners, its
 * timezone and every promise outcome. Scores are computed from these facts at reading time.
 *
 * @param updatedAt the event time of the newest fact applied, or null before any
 */
public record CoupleFacts(String coupleId, List<String> partners, String timezone, List<Outcome> outcomes,
                          @Nullable Instant updatedAt) {

    public boolean hasPartner(String userId) {
        return partners.contains(userId);
    }
}
