package dev.hearth.contracts.couple;

/**
 * A partner erased the couple. Every consumer drops the couple's read models, keeps a tombstone by
 * {@code _id} so no late event revives them, and shreds any key it holds. Who erased stays internal.
 */
public record CoupleErased(String coupleId) implements PublicCoupleEvent {
}
