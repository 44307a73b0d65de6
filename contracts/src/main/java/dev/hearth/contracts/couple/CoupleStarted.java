package dev.hearth.contracts.couple;

/** A user started a couple; {@code timezone} is an IANA id that insights buckets days and weeks in. */
public record CoupleStarted(String coupleId, String userId, String timezone) implements PublicCoupleEvent {
}
