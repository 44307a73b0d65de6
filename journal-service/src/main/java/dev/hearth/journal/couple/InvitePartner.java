package dev.hearth.journal.couple;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member invites the partner. Only the hash of the code reaches the domain; the code goes to the
 * inviter. A keyed invite's code is derived from its {@code Idempotency-Key}, so a retry brings the
 * same hash: the couple answers the open invite again instead of replacing it.
 *
 * @param keyed whether the code came from an {@code Idempotency-Key} rather than from chance
 */
public record InvitePartner(@TargetAggregateIdentifier String coupleId, String invitedBy, String codeHash, Instant expiresAt,
                            boolean keyed) implements CoupleCommand {

    /** An invite with a random code, which no retry can bring again. */
    public InvitePartner(String coupleId, String invitedBy, String codeHash, Instant expiresAt) {
        this(coupleId, invitedBy, codeHash, expiresAt, false);
    }
}
