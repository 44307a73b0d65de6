package dev.hearth.platform.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * Membership facts of a service that learns couples from {@code hearth.couples.v1}: a view of one
 * document per couple ({@link Roster}) behind a bounded {@link ViewCache} that only ever confirms a
 * current partner, while one who joined a moment ago, or an outsider, is read from the view. A partner
 * who left, or a couple that was erased, is answered at once, without the catch-up wait: such a couple
 * takes nobody new. Every instance hears those two events itself ({@link #partnerLeft}, {@link #erased}),
 * before or after the view's one writer records them, and keeps them a while in a bounded table that
 * overrides both the cache and a document not yet updated: a leaver is refused on every instance at once.
 *
 * @param <C> a couple's document as the service reads it
 */
public abstract class ViewMemberships<C> implements MembershipFacts, EndedCouples {

    private final ViewCache<C> couples;
    private final Function<C, Roster> roster;
    /** What this instance heard of couples ending: who left each, or that it was erased; kept as long as the cache. */
    private final Cache<String, Roster> endings;

    protected ViewMemberships(ViewCollection collection, Function<Document, C> reader, Function<C, Roster> roster,
                              long size, Duration expiry) {
        this.couples = new ViewCache<>(collection, reader, size, expiry);
        this.roster = roster;
        this.endings = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(expiry).build();
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        Roster ended = endings.getIfPresent(coupleId);
        if (ended != null && (ended.isErased() || ended.departed().contains(userId))) {
            return false;
        }
        return couples.confirms(coupleId, couple -> roster.apply(couple).partners().contains(userId));
    }

    /** This instance heard that the user left the couple. */
    @Override
    public void partnerLeft(String coupleId, String userId) {
        endings.asMap().merge(coupleId, Roster.NONE.left(userId), (known, left) -> known.left(userId));
        couples.invalidate(coupleId);
    }

    /** This instance heard that the couple was erased. */
    @Override
    public void erased(String coupleId, Instant at) {
        endings.put(coupleId, Roster.NONE.erased(at));
        couples.invalidate(coupleId);
    }

    /**
     * Asked right after {@link #isMember} missed, which read the document through and refreshed the
     * cache: so this costs no second read, and sees the couple as it is now. A closed or erased couple
     * takes no new partner either, so a departed partner is answered at once.
     */
    @Override
    public boolean knowsBothPartners(String coupleId) {
        if (endings.getIfPresent(coupleId) != null) {
            return true;
        }
        return couples.get(coupleId).map(couple -> roster.apply(couple).takesNoNewcomer()).orElse(false);
    }

    /** Drops the cached couple: a partner left or it was erased, and a cached confirmation is no longer true. */
    public void forget(String coupleId) {
        couples.invalidate(coupleId);
    }

    /**
     * The couple as cached once a partner was confirmed, when it can have changed only by a leave or an
     * erasure (which this instance hears): both partners in, or closed. Otherwise, or when not cached,
     * as stored now (a partner may have joined since). Never an erased one.
     */
    protected Optional<C> cached(String coupleId) {
        Optional<C> cached = couples.get(coupleId);
        if (cached.isPresent() && !roster.apply(cached.get()).takesNoNewcomer()) {
            cached = couples.find(coupleId);
        }
        return cached.filter(couple -> !roster.apply(couple).isErased());
    }

    /**
     * Whether a partner has left the couple (or it was erased), as far as this instance knows without a
     * read: a leave it heard, or the cached document (the request's membership check has just read or
     * confirmed it). A leave this instance has not heard yet passes for the moment it takes to arrive;
     * what is written meanwhile is handled like a write just before the leave (a promise is released).
     */
    public boolean closedAsKnown(String coupleId) {
        if (endings.getIfPresent(coupleId) != null) {
            return true;
        }
        return couples.get(coupleId).map(couple -> roster.apply(couple).closed()).orElse(false);
    }

    /** This instance heard (or applied) the couple's erasure: known without a read. */
    public boolean erasedAsKnown(String coupleId) {
        Roster ended = endings.getIfPresent(coupleId);
        return ended != null && ended.isErased();
    }

    /**
     * The couples' rosters as stored now, in one batched read by {@code _id} (refreshing the cache), erased
     * or not; a couple never seen is absent. A view's batch asks once for all its couples.
     */
    public Map<String, Roster> rostersNow(Collection<String> coupleIds) {
        Map<String, Roster> rosters = new LinkedHashMap<>();
        couples.findAll(coupleIds).forEach((coupleId, couple) -> rosters.put(coupleId, roster.apply(couple)));
        return rosters;
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
