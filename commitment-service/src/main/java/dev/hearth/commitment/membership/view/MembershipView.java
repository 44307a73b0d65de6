package dev.hearth.commitment.membership.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.platform.mongo.ViewCache;
import dev.hearth.platform.mongo.ViewCollection;
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
 * ({@link MembershipFold}) behind a bounded in-process cache ({@link ViewCache}) that only ever
 * confirms a member — members are only ever added so far — while a partner who joined a moment ago,
 * or an outsider, is read from the view, whichever instance's listener wrote it.
 */
@Component
public class MembershipView implements MembershipFacts {

    private final ViewCache<Membership> memberships;

    public MembershipView(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        ViewCollection collection = ViewCollection.in(database, MembershipFold.LAYOUT.collectionName());
        this.memberships = new ViewCache<>(collection, MembershipView::membership, size, expiry);
    }

    @Override
    public boolean isMember(String coupleId, String userId) {
        return memberships.confirms(coupleId, membership -> membership.hasMember(userId));
    }

    /**
     * Asked right after {@link #isMember} missed, which read the document through and refreshed the
     * cache: so this costs no second read, and sees the couple as it is now.
     */
    @Override
    public boolean knowsBothPartners(String coupleId) {
        return memberships.get(coupleId).map(membership -> membership.members().size() >= 2).orElse(false);
    }

    /** The couple as the view has it now. */
    public Optional<Membership> find(String coupleId) {
        return memberships.find(coupleId);
    }

    static Membership membership(Document stored) {
        return new Membership(stored.getString("_id"), stored.getList("members", String.class, List.of()),
                stored.get("timezone", "UTC"));
    }
}
