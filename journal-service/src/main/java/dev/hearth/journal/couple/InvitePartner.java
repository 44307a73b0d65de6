package dev.hearth.journal.couple;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member invites the partner. Only the hash of the code reaches the domain; the code goes to the inviter. */
public record InvitePartner(@TargetAggregateIdentifier String coupleId, String invitedBy, String codeHash, Instant expiresAt)
        implements CoupleCommand {
}
