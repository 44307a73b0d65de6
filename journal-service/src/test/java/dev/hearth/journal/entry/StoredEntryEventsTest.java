package dev.hearth.journal.entry;

import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.test.StoredEventSamples;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The entry events as the event store keeps them, text and mood sealed: frozen in {@code src/test/resources/golden}. */
class StoredEntryEventsTest {

    static final String COUPLE = "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f";
    static final String ENTRY = "2c8f5e10-7d4b-4a39-8e61-5f0a9b3c7d24";
    static final Sealed TEXT = new Sealed(1, "q3l4WJ2u0Lk8nE3x", "9pXn0rY2p0m6Zz7Lk2c1AbQz5h0N2g==");
    static final Sealed MOOD = new Sealed(1, "Jm4tYq8uT0c2hV9b", "cB0sX1mN8vK3wQ==");

    @TestFactory
    Stream<DynamicNode> every_stored_entry_event_is_pinned_by_a_golden_sample() {
        return StoredEventSamples.pin(EntryEvent.class, HearthSerializer.forEvents(),
                new EntryWritten(ENTRY, COUPLE, "alice", EntryKind.APPRECIATION, Visibility.SHARED, TEXT, MOOD,
                        "auth0|bob.42", 12, "1:Wm9vYmFyRmluZ2VycHJpbnQ"),
                new EntryAcknowledged(ENTRY, COUPLE, "alice", EntryKind.APPRECIATION, "auth0|bob.42", Response.EMPATHY,
                        Instant.parse("2025-03-08T09:30:00Z")));
    }
}
