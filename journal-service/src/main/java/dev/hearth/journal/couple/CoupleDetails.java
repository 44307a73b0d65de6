package dev.hearth.journal.couple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a partner may read about their couple, folded straight from the couple's own event stream
 * so it reflects every command that has returned (read-your-writes, no projection lag).
 */
public record CoupleDetails(String coupleId, String timezone, List<String> partners) {

    public CoupleDetails {
        partners = List.copyOf(partners);
    }

    public static Optional<CoupleDetails> replay(Iterable<?> events) {
        @Nullable CoupleStarted started = null;
        List<String> partners = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof CoupleStarted s) {
                started = s;
                partners.add(s.userId());
            } else if (event instanceof PartnerJoined joined) {
                partners.add(joined.userId());
            }
        }
        if (started == null) {
            return Optional.empty();
        }
        return Optional.of(new CoupleDetails(started.coupleId(), started.timezone(), partners));
    }

    public boolean hasPartner(String userId) {
        return partners.contains(userId);
    }
}
