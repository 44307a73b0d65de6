package dev.hearth.journal.couple;

import org.axonframework.serialization.Revision;

/** A user joined with the invite whose hash is {@code codeHash}, which is now used. */
@Revision("1")
public record PartnerJoined(String coupleId, String userId, String codeHash) implements CoupleEvent {
}
