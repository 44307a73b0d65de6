package dev.hearth.insights.couple.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.insights.couple.CoupleZones;
import dev.hearth.platform.consumer.view.MembershipFoldView.CoupleEnding;
import dev.hearth.platform.mongo.Roster;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewMemberships;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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
public class CoupleInsights extends ViewMemberships<CoupleMembers> implements CoupleEnding, CoupleZones {

    /** The unversioned collection of before the views had layouts of their own: one document per couple with every outcome. */
    static final String RETIRED = "couple_facts";

    private final ViewCollection trust;

    public CoupleInsights(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        super(ViewCollection.named(dropRetired(database), MembersView.LAYOUT.collectionName()), MembersView::members,
                members -> new Roster(members.partners(), members.departed(), members.closed(), members.erasedAt()),
                size, expiry);
        this.trust = ViewCollection.named(database, TrustView.LAYOUT.collectionName());
    }

    /** The collection whose documents are the couples' tombstones once erased: what every per-couple view obeys. */
    public static String tombstones() {
        return MembersView.LAYOUT.collectionName();
    }

    /** The couple's members, as cached once confirmed. */
    public Optional<CoupleMembers> members(String coupleId) {
        return cached(coupleId);
    }

    /** The couple's timezone once its start is known. */
    @Override
    public Optional<ZoneId> zoneOf(String coupleId) {
        return members(coupleId).filter(members -> members.startedAt() != null).map(CoupleMembers::zone);
    }

    public CoupleTrust trust(String coupleId) {
        return trust.find(coupleId).map(TrustView::trust).orElseGet(() -> CoupleTrust.none(coupleId));
    }

    /** The couple was erased, its tombstone written: its trust document goes, by {@code _id}. */
    @Override
    public void erased(String coupleId) {
        trust.deleteAll(List.of(coupleId));
    }

    private static MongoDatabase dropRetired(MongoDatabase database) {
        database.getCollection(RETIRED).drop();
        return database;
    }
}
