package dev.hearth.commitment.membership;

import dev.hearth.platform.mongo.Roster;
import java.util.List;
import java.util.Optional;

/**
 * A couple as commitment-service knows it: its roster (current members, at most two, those who left,
 * closed, erased) and its timezone.
 */
public record Membership(String coupleId, Roster roster, String timezone) {

    public Membership(String coupleId, List<String> members, String timezone) {
        this(coupleId, new Roster(members, List.of(), false, null), timezone);
    }

    /** The current members: whoever left is not one. */
    public List<String> members() {
        return roster.partners();
    }

    /** A partner left: the couple is read-only. */
    public boolean closed() {
        return roster.closed();
    }

    public boolean hasMember(String userId) {
        return members().contains(userId);
    }

    /** The other member, once there is one; empty for someone who is not a member. */
    public Optional<String> partnerOf(String userId) {
        if (!hasMember(userId)) {
            return Optional.empty();
        }
        return members().stream().filter(member -> !member.equals(userId)).findFirst();
    }
}
