package dev.hearth.platform.mongo;

import dev.hearth.platform.security.MembershipFacts;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * Membership facts of a service that learns couples from {@code hearth.couples.v1}: a view of one
 * document per couple ({@link Roster}) behind a bounded {@link ViewCache} that only ever confirms a
 * current partner, while one who joined a moment ago, or an outsider, is read from the view. A partner
 * who left, or a couple that was erased, is forgotten by the cache when the event is seen
 * ({@link #forget}), and answered at once, without the catch-up wait: such a couple takes nobody new.
 *
 * @param <C> a couple's document as the service reads it
 */
public abstract class ViewMemberships<C> implements MembershipFacts {

    private final ViewCache<C> couples;
    private final Function<C, Roster> roster;

    protected ViewMemberships(ViewCollection collection, Function<Document, C> reader, Function<C, Roster> roster,
                              long size, Duration expiry) {
        this.couples = new ViewCache<>(collection, reader, size, expiry);
        this.roster = roster;
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return couples.confirms(coupleId, couple -> roster.apply(couple).partners().contains(userId));
    }

    /**
     * Asked right after {@link #isMember} missed, which read the document through and refreshed the
     * cache: so this costs no second read, and sees the couple as it is now. A closed or erased couple
     * takes no new partner either, so a departed partner is answered at once.
     */
    @Override
    public boolean knowsBothPartners(String coupleId) {
        return couples.get(coupleId).map(couple -> roster.apply(couple).takesNoNewcomer()).orElse(false);
    }

    /** Drops the cached couple: a partner left or it was erased, and a cached confirmation is no longer true. */
    public void forget(String coupleId) {
        couples.invalidate(coupleId);
    }

    /** The couple as cached once a partner was confirmed, or as stored when it is not cached; never an erased one. */
    protected Optional<C> cached(String coupleId) {
        return couples.get(coupleId).filter(couple -> !roster.apply(couple).isErased());
    }

    /** The couple's roster as stored now (read through), erased or not; empty for a couple never seen. */
    protected Optional<Roster> storedRoster(String coupleId) {
        return couples.find(coupleId).map(roster);
    }

    /** The couple as stored now (read through, refreshing the cache); never an erased one. */
    protected Optional<C> stored(String coupleId) {
        return couples.find(coupleId).filter(couple -> !roster.apply(couple).isErased());
    }
}
