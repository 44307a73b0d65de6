package dev.hearth.platform.publisher;

import dev.hearth.contracts.PublicEvent;
import java.util.List;
import java.util.Optional;

/**
 * Each write service says how its own (internal, Axon) events become public contract records.
 * Empty means the event stays inside the service. The translation is where the privacy rule is
 * kept: descriptions, notes and texts are simply not copied.
 */
@FunctionalInterface
public interface PublicEventTranslator {

    Optional<PublicEvent> toPublic(Object internalEvent);

    /** A service's translators together (one per feature): the first that makes an event public says how. */
    static PublicEventTranslator firstOf(List<PublicEventTranslator> translators) {
        List<PublicEventTranslator> all = List.copyOf(translators);
        if (all.size() == 1) {
            return all.get(0);
        }
        return internalEvent -> {
            for (PublicEventTranslator translator : all) {
                Optional<PublicEvent> published = translator.toPublic(internalEvent);
                if (published.isPresent()) {
                    return published;
                }
            }
            return Optional.empty();
        };
    }
}
