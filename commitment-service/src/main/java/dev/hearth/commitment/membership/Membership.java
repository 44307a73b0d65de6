package dev.hearth.commitment.membership;

import java.util.List;
import java.util.Optional;

/** A couple as commitment-service knows it: its members (at most two) and its timezone. */
public record Membership(String coupleId, List<String> members, String timezone) {

    public Membership {
        members = List.copyOf(members);
    }

    public boolean hasMember(String userId) {
        return members.contains(userId);
    }

    /** The other member, once there is one; empty for someone who is not a member. */
    public Optional<String> partnerOf(String userId) {
        if (!hasMember(userId)) {
            return Optional.empty();
        }
        return members.stream().filter(member -> !member.equals(userId)).findFirst();
    }
}
