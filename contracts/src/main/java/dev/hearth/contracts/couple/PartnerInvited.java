package dev.hearth.contracts.couple;

import java.time.Instant;

/** A member created an invite. The code itself never leaves journal-service. */
public record PartnerInvited(String coupleId, String invitedBy, Instant expiresAt) implements PublicCoupleEvent {
}
