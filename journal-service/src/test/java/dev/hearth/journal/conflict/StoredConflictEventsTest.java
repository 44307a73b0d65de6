package dev.hearth.journal.conflict;

import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.test.StoredEventSamples;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The conflict events as the event store keeps them, topic and notes sealed: frozen in {@code src/test/resources/golden}. */
class StoredConflictEventsTest {

    static final String COUPLE = "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f";
    static final String CONFLICT = "6e1a9c37-0b5f-4d82-a4c6-3b7e2f9d1a05";

    @TestFactory
    Stream<DynamicNode> every_stored_conflict_event_is_pinned_by_a_golden_sample() {
        return StoredEventSamples.pin(ConflictEvent.class, HearthSerializer.forEvents(),
                new ConflictOpened(CONFLICT, COUPLE, "auth0|bob.42", new Sealed(1, "b0Vq3Lx8Tz1mW4kP", "Qk9dR2xW7mP1vN4s"),
                        "1:Rm9vUmVwYWlyRmluZ2VycHJpbnQ"),
                new RepairAttempted(CONFLICT, COUPLE, "alice", 1, new Sealed(1, "T3nP8vL0qX2mZ5wK", "Yz8mQ1vN4sR2xW7p")),
                new ConflictResolved(CONFLICT, COUPLE, "alice", Resolution.COMPROMISE, Instant.parse("2025-03-08T21:15:00Z")));
    }
}
