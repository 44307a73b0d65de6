package dev.hearth.contracts.couple;

/**
 * A partner left the couple: their access ended and the couple is closed (read-only for whoever
 * remains). Consumers drop the leaver's access; their past facts still count in the couple's history.
 */
public record PartnerLeft(String coupleId, String userId) implements PublicCoupleEvent {
}
