package dev.hearth.journal.couple;

import org.axonframework.serialization.Revision;

/** A partner left: their access ended and their own key was shredded; the couple is closed. */
@Revision("1")
public record PartnerLeft(String coupleId, String userId) implements CoupleEvent {
}
