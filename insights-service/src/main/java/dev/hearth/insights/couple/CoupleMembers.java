package dev.hearth.insights.couple;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A couple as insights learns it from {@code hearth.couples.v1}: its partners, timezone and start.
 *
 * @param updatedAt the time of the newest couple event applied
 */
public record CoupleMembers(String coupleId, List<String> partners, String timezone, @Nullable Instant startedAt,
                           @Nullable Instant updatedAt) {

    public CoupleMembers {
        partners = List.copyOf(partners);
    }

    public boolean hasPartner(String userId) {
        return partners.contains(userId);
    }
}
