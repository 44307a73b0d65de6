package dev.hearth.platform.axon.tally;

import dev.hearth.platform.couple.OfCouple;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TallyOpened(String tallyId, String coupleId) implements OfCouple {
}
