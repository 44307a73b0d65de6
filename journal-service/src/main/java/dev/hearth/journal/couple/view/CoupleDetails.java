package dev.hearth.journal.couple.view;

import dev.hearth.journal.couple.CoupleEvent;
import dev.hearth.journal.couple.CoupleState;
import dev.hearth.journal.couple.CoupleStatus;
import java.util.List;
import java.util.Optional;

/** What a partner may read about their couple: its id, timezone, current partners in joining order and status. */
public record CoupleDetails(String coupleId, String timezone, List<String> partners, CoupleStatus status) {

    public CoupleDetails {
        partners = List.copyOf(partners);
    }

    /** The couple a stream of its events describes (the aggregate's own fold); empty for no events. */
    public static Optional<CoupleDetails> replay(Iterable<? extends CoupleEvent> events) {
        return CoupleState.replay(events).map(state -> new CoupleDetails(state.coupleId(), state.timezone(), state.partners(),
                state.status()));
    }

    /** Whether the user may read it: a current partner, and it was not erased. */
    public boolean hasPartner(String userId) {
        return status != CoupleStatus.ERASED && partners.contains(userId);
    }
}
