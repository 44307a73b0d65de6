package dev.hearth.contracts.couple;

/** A user accepted an invite and is now the couple's second partner. */
public record PartnerJoined(String coupleId, String userId) implements PublicCoupleEvent {
}
