package dev.hearth.journal.couple;

import java.time.Instant;
import java.util.Optional;

/**
 * Lookups that span aggregates: who is in which couple (a user's one active couple, and each couple's
 * current partners), and which couple an invite code belongs to.
 * The Couple aggregate writes them while it handles a command, in the transaction that appends its
 * event, so "a user belongs to at most one couple" holds even when two couples race for one user.
 */
public interface CoupleRegistry {

    /** Enrols the user in the couple; rejects with {@code ALREADY_IN_COUPLE} if the user is in one already. */
    void enrol(String userId, String coupleId);

    /** Remembers which couple an invite code (by its hash) belongs to, so accepting by code can find it. */
    void recordInvite(String codeHash, String coupleId, Instant expiresAt);

    Optional<String> coupleOfInvite(String codeHash);

    /**
     * The partner left: their access ends (their partner row is marked left), their own key in the
     * couple is shredded, and the couple takes nobody new (both partners' member rows and the
     * couple's invites go; whoever remains may join or start another couple).
     */
    void leave(String coupleId, String userId);

    /** The couple is erased: every key, member, partner and invite row of it goes. */
    void erase(String coupleId);
}
