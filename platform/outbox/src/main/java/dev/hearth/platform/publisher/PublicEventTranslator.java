package dev.hearth.platform.publisher;

import dev.hearth.contracts.PublicEvent;
import java.util.Optional;

/**
 * Each write service says how its own (internal, Axon) events become public contract records.
 * Empty means the event stays inside the service. The translation is where the privacy rule is
 * kept: descriptions, notes and texts are simply not copied.
 */
@FunctionalInterface
public interface PublicEventTranslator {

    Optional<PublicEvent> toPublic(Object internalEvent);
}
