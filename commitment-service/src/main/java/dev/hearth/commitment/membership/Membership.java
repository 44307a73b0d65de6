package dev.hearth.commitment.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A couple as commitment-service knows it: its current members (at most two), those who left, whether
 * it is closed (a partner left: read-only), when it was erased if it was, and its timezone.
 */
public record Membership(String coupleId, List<String> members, List<String> departed, boolean closed,
                         @Nullable Instant erasedAt, String timezone) {

    public Membership {
        members = List.copyOf(members);
        departed = List.copyOf(departed);
    }

    public Membership(String coupleId, List<String> members, String timezone) {
        this(coupleId, members, List.of(), false, null, timezone);
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
