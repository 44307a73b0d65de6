package dev.hearth.journal.couple;

import org.axonframework.serialization.Revision;

/** A user started a couple and is its first partner; {@code timezone} is an IANA id. */
@Revision("1")
public record CoupleStarted(String coupleId, String userId, String timezone) implements CoupleEvent {
}
