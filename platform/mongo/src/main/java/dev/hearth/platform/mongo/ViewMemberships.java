package dev.hearth.platform.mongo;

import dev.hearth.platform.security.MembershipFacts;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/**
 * Membership facts of a service that learns couples from {@code hearth.couples.v1}: a view of one
 * document per couple behind a bounded {@link ViewCache} that only ever confirms a partner (partners are
 * only ever added), while one who joined a moment ago, or an outsider, is read from the view.
 *
 * @param <C> a couple's document as the service reads it
 */
public abstract class ViewMemberships<C> implements MembershipFacts {

    private final ViewCache<C> couples;
    private final Function<C, Collection<String>> partners;

    protected ViewMemberships(ViewCollection collection, Function<Document, C> reader,
                              Function<C, Collection<String>> partners, long size, Duration expiry) {
        this.couples = new ViewCache<>(collection, reader, size, expiry);
        this.partners = partners;
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return couples.confirms(coupleId, couple -> partners.apply(couple).contains(userId));
    }

    /**
     * Asked right after {@link #isMember} missed, which read the document through and refreshed the
     * cache: so this costs no second read, and sees the couple as it is now.
     */
    @Override
    public boolean knowsBothPartners(String coupleId) {
        return couples.get(coupleId).map(couple -> partners.apply(couple).size() >= 2).orElse(false);
    }

    /** The couple as cached once a partner was confirmed, or as stored when it is not cached. */
    protected Optional<C> cached(String coupleId) {
        return couples.get(coupleId);
    }

    /** The couple as stored now (read through, refreshing the cache). */
    protected Optional<C> stored(String coupleId) {
        return couples.find(coupleId);
    }
}
