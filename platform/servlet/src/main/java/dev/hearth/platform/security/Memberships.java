package dev.hearth.platform.security;

import dev.hearth.platform.id.Ids;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Object-level authorization: is the caller a partner of this couple? Membership is eventually
 * consistent outside journal-service, so a user the service's {@link MembershipFacts} do not know
 * yet is waited for, briefly and boundedly, before the answer is 404: a client may use a couple
 * right after {@code accept} returned. A miss costs little and cannot pile up:
 * <ul>
 *   <li>the couple id is normalised first, so {@code ABC…} and {@code abc…} are one couple and
 *       neither waits;</li>
 *   <li>when the facts know both partners, anyone else is answered at once;</li>
 *   <li>otherwise the wait lasts at most {@code hearth.membership.wait} (2 s), in
 *       {@value #MAX_POLLS} polls at doubling intervals;</li>
 *   <li>one caller waits for one couple at a time: concurrent misses of that caller on that couple
 *       share the wait, and their misses on other couples meanwhile are answered at once;</li>
 *   <li>at most {@code hearth.membership.max-waiting} (8) waits run in an instance; any miss beyond
 *       them is answered at once ({@code hearth_membership_waiting} shows how many run).</li>
 * </ul>
 */
public class Memberships {

    static final int MAX_POLLS = 6;
    static final int DEFAULT_MAX_WAITING = 8;

    private final MembershipFacts facts;
    private final Duration wait;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    /** The wait in progress of each caller: its couple, and what every request sharing it will learn. */
    private final ConcurrentMap<String, Wait> waits = new ConcurrentHashMap<>();

    public Memberships(MembershipFacts facts, Duration wait) {
        this(facts, wait, DEFAULT_MAX_WAITING);
    }

    public Memberships(MembershipFacts facts, Duration wait, int maxWaiting) {
        this.facts = facts;
        this.wait = wait;
        this.maxWaiting = maxWaiting;
    }

    /**
     * @return the couple id in canonical form
     * @throws Rejection {@code couple-not-found} when the couple is unknown or the user is not in it,
     *         which are indistinguishable on purpose
     */
    public String requireMember(String coupleId, String userId) {
        // A malformed id cannot be a couple: answer at once instead of waiting for the facts.
        String id = Ids.entityId(coupleId).orElseThrow(() -> Rejection.coupleNotFound(coupleId));
        if (!awaitMember(id, userId, userId)) {
            throw Rejection.coupleNotFound(coupleId);
        }
        return id;
    }

    /**
     * Whether the user is (or, within the bounded wait, becomes) a member of the couple; the wait is
     * the caller's of this request (e.g. a promiser asking about their partner), or the user's own
     * when no one is signed in on this thread.
     */
    public boolean awaitMember(String coupleId, String userId) {
        return awaitMember(coupleId, userId, Caller.currentIfAny().map(Caller::userId).orElse(userId));
    }

    /** Whether the user is, or within the bounded wait of {@code callerId} becomes, a member of the couple. */
    public boolean awaitMember(String coupleId, String userId, String callerId) {
        Optional<String> canonical = Ids.entityId(coupleId);
        if (canonical.isEmpty()) {
            return false;
        }
        String id = canonical.get();
        if (facts.isMember(id, userId)) {
            return true;
        }
        if (!facts.mayLag() || facts.knowsBothPartners(id)) {
            return false;
        }
        return sharedWait(callerId, id, userId);
    }

    /** How many waits are running now. */
    public int waiting() {
        return waiting.get();
    }

    private boolean sharedWait(String callerId, String coupleId, String userId) {
        Wait mine = new Wait(coupleId, userId);
        Wait running = waits.putIfAbsent(callerId, mine);
        if (running != null) {
            // Only the same question rides along; anything else this caller asks meanwhile is a 404.
            return running.asks(coupleId, userId) && running.outcome();
        }
        try {
            if (!reserve()) {
                mine.settle(false);
                return false;
            }
            try {
                boolean member = poll(coupleId, userId);
                mine.settle(member);
                return member;
            } finally {
                waiting.decrementAndGet();
            }
        } catch (RuntimeException | Error e) {
            mine.settle(false);
            throw e;
        } finally {
            waits.remove(callerId, mine);
        }
    }

    private boolean reserve() {
        while (true) {
            int now = waiting.get();
            if (now >= maxWaiting) {
                return false;
            }
            if (waiting.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /**
     * {@value #MAX_POLLS} polls at doubling intervals that add up to the wait: for 2 s, after 32, 95,
     * 222, 476, 984 and 2,000 ms. A partner who joined a moment ago is seen soon, and a late one still
     * within the wait, for six reads of the view at most.
     */
    private boolean poll(String coupleId, String userId) {
        long start = System.nanoTime();
        long total = wait.toNanos();
        long share = 0;
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            share += 1L << poll;
            long dueAt = start + total * share / ((1L << MAX_POLLS) - 1);
            long left = dueAt - System.nanoTime();
            if (left > 0) {
                sleep(left);
            }
            if (facts.isMember(coupleId, userId)) {
                return true;
            }
            if (facts.knowsBothPartners(coupleId)) {
                return false;
            }
        }
        return false;
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for membership", e);
        }
    }

    /** One caller's wait for one user in one couple, and its outcome for whoever shares it. */
    private static final class Wait {

        private final String coupleId;
        private final String userId;
        private final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

        Wait(String coupleId, String userId) {
            this.coupleId = coupleId;
            this.userId = userId;
        }

        boolean asks(String coupleId, String userId) {
            return this.coupleId.equals(coupleId) && this.userId.equals(userId);
        }

        void settle(boolean member) {
            outcome.complete(member);
        }

        boolean outcome() {
            try {
                return outcome.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for membership", e);
            } catch (ExecutionException e) {
                return false;
            }
        }

    }
}
