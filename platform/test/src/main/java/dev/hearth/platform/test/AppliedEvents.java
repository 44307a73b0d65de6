package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Matcher;

/**
 * Assertions on the events an Axon fixture saw applied, for events that cannot be written out in
 * advance (sealed values with random nonces):
 * {@code .expectEventsMatching(AppliedEvents.single(PromiseKept.class, kept -> ...))}.
 */
public final class AppliedEvents {

    private AppliedEvents() {
    }

    /** Matches when the AssertJ (or any) assertions on the applied payloads pass; their failure is the mismatch. */
    public static Matcher<List<EventMessage<?>>> satisfy(Consumer<List<Object>> assertions) {
        return Satisfies.that(events -> assertions.accept(events.stream().<Object>map(EventMessage::getPayload).toList()));
    }

    /** Matches when exactly one event was applied, of this type, and the assertions on it pass. */
    public static <T> Matcher<List<EventMessage<?>>> single(Class<T> type, Consumer<? super T> assertions) {
        return satisfy(events -> assertThat(events).singleElement().isInstanceOfSatisfying(type, assertions::accept));
    }
}
