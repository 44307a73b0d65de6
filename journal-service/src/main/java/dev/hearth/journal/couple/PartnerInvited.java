package dev.hearth.journal.couple;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A member created an invite; it replaces any earlier one. Carries the code's hash, never the code. */
@Revision("1")
public record PartnerInvited(String coupleId, String invitedBy, String codeHash, Instant expiresAt)
        implements CoupleEvent {
}
