package dev.hearth.insights.couple.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.platform.mongo.ViewCache;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads what insights knows of a couple by {@code _id}: its members (the {@code couples} view, behind
 * a cache that only confirms members) and its trust tallies (the {@code trust} view). The two views
 * come from two topics, each with its own writer, and are merged here, when read.
 */
@Component
public class CoupleInsights implements MembershipFacts {

    /** The unversioned collection of before the views had layouts of their own: one document per couple with every outcome. */
    static final String RETIRED = "couple_facts";

    private final ViewCache<CoupleMembers> members;
    private final ViewCollection trust;

    public CoupleInsights(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        database.getCollection(RETIRED).drop();
        this.members = new ViewCache<>(ViewCollection.in(database, MembersView.LAYOUT.collectionName()),
                MembersView::members, size, expiry);
        this.trust = ViewCollection.in(database, TrustView.LAYOUT.collectionName());
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return members.confirms(coupleId, couple -> couple.hasPartner(userId));
    }

    /**
     * Asked right after {@link #isMember} missed, which read the document through and refreshed the
     * cache: so this costs no second read, and sees the couple as it is now.
     */
    @Override
    public boolean knowsBothPartners(String coupleId) {
        return members.get(coupleId).map(couple -> couple.partners().size() >= 2).orElse(false);
    }

    /** The couple's members, as cached once confirmed. */
    public Optional<CoupleMembers> members(String coupleId) {
        return members.get(coupleId);
    }

    public CoupleTrust trust(String coupleId) {
        return trust.find(coupleId).map(TrustView::trust).orElseGet(() -> CoupleTrust.none(coupleId));
    }
}
