package dev.hearth.journal.couple;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A couple as its events leave it: the one fold of a couple's stream, by which the aggregate decides
 * and the couple's details are read.
 *
 * @param partners      the current ones, in the order they joined, the starter first
 * @param status        open, closed by a partner leaving, or erased
 * @param issuedInvites the hashes of every invite ever made
 * @param inviteUsedBy  who used which invite (by hash)
 * @param openInvite    the newest invite while it is unused: there is only one seat to fill
 */
public record CoupleState(String coupleId, String timezone, List<String> partners, Set<String> issuedInvites,
                          Map<String, String> inviteUsedBy, @Nullable OpenInvite openInvite, CoupleStatus status) {

    public static final int MAX_PARTNERS = 2;

    public CoupleState {
        partners = List.copyOf(partners);
        issuedInvites = Set.copyOf(issuedInvites);
        inviteUsedBy = Map.copyOf(inviteUsedBy);
    }

    /** The couple after {@code event}; {@code before} is null until the couple was started. */
    public static CoupleState after(@Nullable CoupleState before, CoupleEvent event) {
        return switch (event) {
            case CoupleStarted started -> new CoupleState(started.coupleId(), started.timezone(),
                    List.of(started.userId()), Set.of(), Map.of(), null, CoupleStatus.ACTIVE);
            case PartnerInvited invited -> started(before, event).invited(invited);
            case PartnerJoined joined -> started(before, event).joined(joined);
            case PartnerLeft left -> started(before, event).without(left.userId(), CoupleStatus.CLOSED);
            case CoupleErased erased -> {
                CoupleState couple = started(before, event);
                yield new CoupleState(couple.coupleId, couple.timezone, List.of(), couple.issuedInvites,
                        couple.inviteUsedBy, null, CoupleStatus.ERASED);
            }
        };
    }

    /** The couple a stream of events describes; empty for no events. */
    public static Optional<CoupleState> replay(Iterable<? extends CoupleEvent> events) {
        CoupleState state = null;
        for (CoupleEvent event : events) {
            state = after(state, event);
        }
        return Optional.ofNullable(state);
    }

    public boolean hasPartner(String userId) {
        return partners.contains(userId);
    }

    /** A current partner of a couple that still exists: who may read it, leave it or erase it. */
    public boolean isReachableBy(String userId) {
        return status != CoupleStatus.ERASED && hasPartner(userId);
    }

    public boolean isFull() {
        return partners.size() >= MAX_PARTNERS;
    }

    private CoupleState invited(PartnerInvited invited) {
        Set<String> issued = new HashSet<>(issuedInvites);
        issued.add(invited.codeHash());
        return new CoupleState(coupleId, timezone, partners, issued, inviteUsedBy,
                new OpenInvite(invited.codeHash(), invited.expiresAt()), status);
    }

    private CoupleState joined(PartnerJoined joined) {
        Map<String, String> used = new HashMap<>(inviteUsedBy);
        used.put(joined.codeHash(), joined.userId());
        return new CoupleState(coupleId, timezone, Stream.concat(partners.stream(), Stream.of(joined.userId())).toList(),
                issuedInvites, used, null, status);
    }

    private CoupleState without(String userId, CoupleStatus after) {
        return new CoupleState(coupleId, timezone, partners.stream().filter(partner -> !partner.equals(userId)).toList(),
                issuedInvites, inviteUsedBy, null, after);
    }

    private static CoupleState started(@Nullable CoupleState before, CoupleEvent event) {
        if (before == null) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " before CoupleStarted in couple " + event.coupleId());
        }
        return before;
    }

    /** The invite that can still be accepted, until it expires. */
    public record OpenInvite(String codeHash, Instant expiresAt) {
    }
}
