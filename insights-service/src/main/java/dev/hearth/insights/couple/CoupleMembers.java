package dev.hearth.insights.couple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A couple as insights learns it from {@code hearth.couples.v1}: its current partners, those who left
 * (whose past outcomes still count), whether it is closed, when it was erased if it was, its timezone
 * and start.
 *
 * @param updatedAt the time of the newest couple event applied
 */
public record CoupleMembers(String coupleId, List<String> partners, List<String> departed, boolean closed,
                            @Nullable Instant erasedAt, String timezone, @Nullable Instant startedAt,
                            @Nullable Instant updatedAt) {

    public CoupleMembers {
        partners = List.copyOf(partners);
        departed = List.copyOf(departed);
    }

    public CoupleMembers(String coupleId, List<String> partners, String timezone, @Nullable Instant startedAt,
                         @Nullable Instant updatedAt) {
        this(coupleId, partners, List.of(), false, null, timezone, startedAt, updatedAt);
    }

    /** Everyone who was a partner: the current ones, then those who left. */
    public List<String> everyone() {
        return Stream.concat(partners.stream(), departed.stream().filter(user -> !partners.contains(user)))
                .toList();
    }

    /** The couple's timezone as a zone. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public boolean hasPartner(String userId) {
        return partners.contains(userId);
    }
}
