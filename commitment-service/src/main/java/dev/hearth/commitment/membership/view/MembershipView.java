package dev.hearth.commitment.membership.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewMemberships;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which couple, read by every request of the service: the {@code memberships} view
 * ({@link MembershipFold}), whichever instance's listener wrote it, behind the cache that only ever
 * confirms a member ({@link ViewMemberships}).
 */
@Component
public class MembershipView extends ViewMemberships<Membership> {

    public MembershipView(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        super(ViewCollection.in(database, MembershipFold.LAYOUT.collectionName()), MembershipView::membership,
                Membership::members, size, expiry);
    }

    /** The couple as the view has it now. */
    public Optional<Membership> find(String coupleId) {
        return stored(coupleId);
    }

    static Membership membership(Document stored) {
        return new Membership(stored.getString("_id"), stored.getList("members", String.class, List.of()),
                stored.get("timezone", "UTC"));
    }
}
