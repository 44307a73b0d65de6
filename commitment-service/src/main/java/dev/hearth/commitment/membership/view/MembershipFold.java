package dev.hearth.commitment.membership.view;

import dev.hearth.commitment.membership.Membership;
import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.PerCoupleView;
import dev.hearth.platform.consumer.view.TopicView.Layout;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code memberships} view, from {@code hearth.couples.v1}: one document per couple ({@code _id}
 * = coupleId) with its members and timezone. Invites change no membership and are not read.
 */
@Component
class MembershipFold extends PerCoupleView<Membership> {

    static final Layout LAYOUT = new Layout("commitment-memberships", 1, Topic.COUPLES, "memberships");

    MembershipFold() {
        super(LAYOUT, CoupleStarted.class, PartnerJoined.class);
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
        return new Document("members", membership.members()).append("timezone", membership.timezone());
    }

    @Override
    public Membership apply(Membership membership, DecodedEvent event, String coupleId) {
        return switch (event.event()) {
            case CoupleStarted started -> new Membership(coupleId, with(membership.members(), started.userId()), started.timezone());
            case PartnerJoined joined -> new Membership(coupleId, with(membership.members(), joined.userId()), membership.timezone());
            default -> membership;
        };
    }

    private static List<String> with(List<String> members, String userId) {
        if (members.contains(userId)) {
            return members;
        }
        List<String> more = new ArrayList<>(members);
        more.add(userId);
        return more;
    }
}
