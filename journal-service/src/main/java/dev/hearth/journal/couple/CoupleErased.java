package dev.hearth.journal.couple;

import org.axonframework.serialization.Revision;

/** A partner (or the last one leaving) erased the couple: every key of it was shredded. Who erased stays in this service. */
@Revision("1")
public record CoupleErased(String coupleId, String erasedBy) implements CoupleEvent {
}
