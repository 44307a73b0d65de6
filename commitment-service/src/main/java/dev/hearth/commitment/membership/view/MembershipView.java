package dev.hearth.commitment.membership.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import dev.hearth.platform.security.MembershipFacts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which couple, read by every request of the service: the {@code memberships} view
 * ({@link MembershipFold}) behind a bounded in-process cache. The cache only ever answers "yes":
 * members are only ever added, so a cached member is still one, and anything the cache does not
 * confirm (a partner who joined a moment ago, an outsider) is read from the view — which is how a
 * new partner is seen on every instance, whichever instance's listener wrote the view. Entries
 * expire, so a couple that goes quiet leaves the heap; millions of couples never fit in it at once.
 */
@Component
public class MembershipView implements MembershipFacts {

    private final ViewCollection memberships;
    private final Cache<String, Membership> cache;

    public MembershipView(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        this.memberships = ViewCollection.in(database, ViewLayouts.collectionName(MembershipFold.COLLECTION, MembershipFold.VERSION));
        this.cache = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(expiry).build();
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        Membership cached = cache.getIfPresent(coupleId);
        if (cached != null && cached.hasMember(userId)) {
            return true;
        }
        return read(coupleId).map(membership -> membership.hasMember(userId)).orElse(false);
    }

    /** The couple as the view has it now (read through, refreshing the cache). */
    public Optional<Membership> find(String coupleId) {
        return read(coupleId);
    }

    private Optional<Membership> read(String coupleId) {
        Optional<Membership> membership = memberships.find(coupleId).map(MembershipView::membership);
        membership.ifPresent(found -> cache.put(coupleId, found));
        return membership;
    }

    static Membership membership(Document stored) {
        return new Membership(stored.getString("_id"), stored.getList("members", String.class, List.of()),
                stored.get("timezone", "UTC"));
    }
}
