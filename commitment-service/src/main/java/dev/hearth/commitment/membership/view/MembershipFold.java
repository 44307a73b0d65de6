package dev.hearth.commitment.membership.view;

import dev.hearth.commitment.membership.Membership;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.MembershipFoldView;
import dev.hearth.platform.consumer.view.TopicView.Layout;
import dev.hearth.platform.mongo.Roster;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code memberships} view, from {@code hearth.couples.v1}: one document per couple ({@code _id}
 * = coupleId) with its roster and timezone; an erased couple's is its tombstone.
 */
@Component
class MembershipFold extends MembershipFoldView<Membership> {

    static final Layout LAYOUT = new Layout("commitment-memberships", 1, Topic.COUPLES, "memberships");
    static final String MEMBERS = "members";

    private final List<CoupleEnding> endings;

    MembershipFold(MembershipView memberships, List<CoupleEnding> endings) {
        super(LAYOUT, memberships::forget, endings);
        this.endings = List.copyOf(endings);
    }

    @Override
    public Membership empty(String coupleId) {
        return new Membership(coupleId, List.of(), "UTC");
    }

    @Override
    public Membership read(Document stored) {
        return MembershipView.membership(stored);
    }

    @Override
    public Document write(Membership membership) {
        return roster(membership).write(new Document("timezone", membership.timezone()), MEMBERS);
    }

    /**
     * A leave is heard again once the closed couple is written: a promise the list filed between the
     * first hearing and this write (it saw the couple open) is released now; what was released already
     * is left as it is.
     */
    @Override
    public void afterWrite(String coupleId, Membership membership) {
        super.afterWrite(coupleId, membership);
        Roster roster = roster(membership);
        if (roster.closed() && !roster.isErased()) {
            endings.forEach(ending -> ending.left(coupleId, roster));
        }
    }

    @Override
    protected Roster roster(Membership membership) {
        return MembershipView.roster(membership);
    }

    @Override
    protected Membership with(Membership membership, Roster roster, DecodedEvent event, String coupleId) {
        String timezone = event.event() instanceof CoupleStarted started ? started.timezone() : membership.timezone();
        return MembershipView.membership(coupleId, roster, timezone);
    }
}
