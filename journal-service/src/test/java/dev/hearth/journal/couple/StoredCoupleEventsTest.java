package dev.hearth.journal.couple;

import dev.hearth.platform.axon.HearthSerializer;
import dev.hearth.platform.test.StoredEventSamples;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The couple events as the event store keeps them, frozen in {@code src/test/resources/golden}: every
 * couple ever started must replay, so a change here needs an upcaster, not an edited sample.
 */
class StoredCoupleEventsTest {

    private static final String COUPLE = "4f6c3a8e-2b1d-4c7a-9e5f-0a1b2c3d4e5f";
    private static final String HASH = "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8";

    @TestFactory
    Stream<DynamicNode> every_stored_couple_event_is_pinned_by_a_golden_sample() {
        return StoredEventSamples.pin(CoupleEvent.class, HearthSerializer.forEvents(),
                new CoupleStarted(COUPLE, "alice", "Europe/Amsterdam"),
                new PartnerInvited(COUPLE, "alice", HASH, Instant.parse("2025-03-08T09:30:00Z")),
                new PartnerJoined(COUPLE, "auth0|bob.42", HASH),
                new PartnerLeft(COUPLE, "auth0|bob.42"),
                new CoupleErased(COUPLE, "alice"));
    }
}
