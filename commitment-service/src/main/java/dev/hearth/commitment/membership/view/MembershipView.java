package dev.hearth.commitment.membership.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.membership.Membership;
import dev.hearth.commitment.promise.CoupleStates;
import dev.hearth.platform.mongo.Roster;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewMemberships;
import java.time.Duration;
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
public class MembershipView extends ViewMemberships<Membership> implements CoupleStates {

    /** The collection of the couples' membership documents and tombstones. */
    public static final String COLLECTION = MembershipFold.LAYOUT.collectionName();

    public MembershipView(@Qualifier("readModelDatabase") MongoDatabase database,
                          @Value("${hearth.membership.cache.size:100000}") long size,
                          @Value("${hearth.membership.cache.expiry:10m}") Duration expiry) {
        super(ViewCollection.named(database, MembershipFold.LAYOUT.collectionName()), MembershipView::membership,
                MembershipView::roster, size, expiry);
    }

    /** The couple as the view has it now; an erased couple is absent. */
    public Optional<Membership> find(String coupleId) {
        return stored(coupleId);
    }

    @Override
    public Optional<String> leaver(String coupleId) {
        return storedRoster(coupleId).filter(roster -> roster.closed() && !roster.isErased())
                .flatMap(roster -> roster.departed().stream().reduce((first, last) -> last));
    }

    @Override
    public boolean erased(String coupleId) {
        return storedRoster(coupleId).map(Roster::isErased).orElse(false);
    }

    /**
     * Refuses a write to a couple a partner has left: it is read-only (409 {@code couple-closed}). Asked
     * on every command, so it reads nothing: the leave as this instance heard it, or the couple's cached
     * document ({@link #closedAsKnown}); a promise made in the moment before the leave arrives is released
     * by the promise view like one made just before the leave.
     */
    public void requireOpen(String coupleId) {
        if (closedAsKnown(coupleId)) {
            throw new Rejection(ProblemType.COUPLE_CLOSED, "couple " + coupleId + " is closed: a partner left, it is read-only");
        }
    }

    static Membership membership(Document stored) {
        return membership(stored.getString("_id"), Roster.read(stored, MembershipFold.MEMBERS), stored.get("timezone", "UTC"));
    }

    static Membership membership(String coupleId, Roster roster, String timezone) {
        return new Membership(coupleId, roster.partners(), roster.departed(), roster.closed(), roster.erasedAt(), timezone);
    }

    static Roster roster(Membership membership) {
        return new Roster(membership.members(), membership.departed(), membership.closed(), membership.erasedAt());
    }
}
