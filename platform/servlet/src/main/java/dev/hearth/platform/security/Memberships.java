package dev.hearth.platform.security;

import dev.hearth.platform.id.Ids;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;

/**
 * Object-level authorization: is the caller a partner of this couple? Membership is eventually
 * consistent outside journal-service, so a user the service's {@link MembershipFacts} do not know
 * yet is waited for, briefly and boundedly ({@code hearth.membership.wait}), before the answer is
 * 404: a client may use a couple right after {@code accept} returned.
 */
public class Memberships {

    private static final Duration POLL = Duration.ofMillis(50);

    private final MembershipFacts facts;
    private final Duration wait;

    public Memberships(MembershipFacts facts, Duration wait) {
        this.facts = facts;
        this.wait = wait;
    }

    /**
     * @return the couple id in canonical form
     * @throws Rejection {@code couple-not-found} when the couple is unknown or the user is not in it,
     *         which are indistinguishable on purpose
     */
    public String requireMember(String coupleId, String userId) {
        // A malformed id cannot be a couple: answer at once instead of waiting for the facts.
        String id = Ids.entityId(coupleId).orElseThrow(() -> Rejection.coupleNotFound(coupleId));
        if (!awaitMember(id, userId)) {
            throw Rejection.coupleNotFound(coupleId);
        }
        return id;
    }

    /** Whether the user is (or, within the bounded wait, becomes) a member of the couple; {@code coupleId} is canonical. */
    public boolean awaitMember(String coupleId, String userId) {
        long deadline = System.nanoTime() + (facts.mayLag() ? wait.toNanos() : 0);
        while (true) {
            if (facts.isMember(coupleId, userId)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for membership", e);
        }
    }
}
