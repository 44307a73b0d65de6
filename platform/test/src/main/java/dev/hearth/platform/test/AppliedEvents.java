package dev.hearth.platform.test;

import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Matcher;

/**
 * Assertions on the events an Axon fixture saw applied, for events that cannot be written out in
 * advance (sealed values with random nonces):
 * {@code .expectEventsMatching(AppliedEvents.satisfy(events -> assertThat(events).singleElement()...))}.
 */
public final class AppliedEvents {

    private AppliedEvents() {
    }

    /** Matches when the AssertJ (or any) assertions on the applied payloads pass; their failure is the mismatch. */
    public static Matcher<List<EventMessage<?>>> satisfy(Consumer<List<Object>> assertions) {
        return Satisfies.that(events -> assertions.accept(events.stream().<Object>map(EventMessage::getPayload).toList()));
    }
}
