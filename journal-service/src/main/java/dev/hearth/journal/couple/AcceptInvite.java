package dev.hearth.journal.couple;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A user accepts an invite; {@code now} comes from the caller's clock so expiry is decided deterministically. */
public record AcceptInvite(@TargetAggregateIdentifier String coupleId, String codeHash, String userId, Instant now)
        implements CoupleCommand {
}
