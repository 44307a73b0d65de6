package dev.hearth.commitment.membership;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Membership checks at the edge, before any command is sent. Membership is eventually consistent
 * (it arrives from journal-service through Kafka), so a user the view does not know yet is waited
 * for, briefly and boundedly, before the answer is 404: a client may use a couple right after
 * {@code accept} returned.
 */
@Component
public class Memberships {

    private static final Duration POLL = Duration.ofMillis(50);

    private final MembershipView view;
    private final Duration wait;

    public Memberships(MembershipView view, @Value("${hearth.membership.wait:2s}") Duration wait) {
        this.view = view;
        this.wait = wait;
    }

    /**
     * @throws Rejection {@code couple-not-found} when the couple is unknown or the user is not in it,
     *         which are indistinguishable on purpose
     */
    public void requireMember(String coupleId, String userId) {
        if (!awaitMember(coupleId, userId)) {
            throw new Rejection(ProblemType.COUPLE_NOT_FOUND, "No couple " + coupleId + " of yours");
        }
    }

    /** The member's partner, as far as the view knows now. */
    public Optional<String> partnerOf(String coupleId, String userId) {
        return view.find(coupleId).flatMap(membership -> membership.partnerOf(userId));
    }

    /** Whether the user is (or, within the bounded wait, becomes) a member of the couple. */
    public boolean awaitMember(String coupleId, String userId) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (isMember(coupleId, userId)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            sleep();
        }
    }

    private boolean isMember(String coupleId, String userId) {
        return view.find(coupleId).map(membership -> membership.hasMember(userId)).orElse(false);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the membership view", e);
        }
    }
}
