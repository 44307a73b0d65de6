package dev.hearth.platform.publisher;

import dev.hearth.contracts.PublicEvent;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.ResolvableType;

/**
 * A feature's translator: it answers for its own event family (the type argument, a sealed
 * interface) and passes on every other event, so a subclass is just the mapping of its own events.
 */
public abstract class PublicEventsOf<E> implements PublicEventTranslator {

    private final Class<?> family = Objects.requireNonNull(
            ResolvableType.forClass(getClass()).as(PublicEventsOf.class).resolveGeneric(0),
            "a translator names its event family as the type argument");

    @Override
    @SuppressWarnings("unchecked")
    public final Optional<PublicEvent> toPublic(Object internalEvent) {
        return family.isInstance(internalEvent) ? publish((E) internalEvent) : Optional.empty();
    }

    /** The public record for one of the family's events; empty keeps it inside the service. */
    protected abstract Optional<PublicEvent> publish(E event);
}
