package dev.hearth.journal.checkin;

import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.test.StoredEventSamples;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The check-in event as the event store keeps it, score and mood sealed: frozen in {@code src/test/resources/golden}. */
class StoredCheckInEventsTest {

    @TestFactory
    Stream<DynamicNode> every_stored_check_in_event_is_pinned_by_a_golden_sample() {
        return StoredEventSamples.pin(CheckInEvent.class, HearthSerializer.forEvents(),
                new SafetyCheckedIn("d47b2e8a-95c1-4f6e-b038-1a6c5e9f2b73", "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f", "alice",
                        new Sealed(1, "M2vX8qL1pT4nZ0wR", "Rk1uX0w="), new Sealed(1, "K9pW2mV5xQ8tL1nZ", "Vb3nQ8mX1pL4wR=="),
                        "1:Q2hlY2tJbkZpbmdlcnByaW50"));
    }
}
