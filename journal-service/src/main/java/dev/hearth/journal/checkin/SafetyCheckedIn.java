package dev.hearth.journal.checkin;

import dev.hearth.platform.crypto.Sealed;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * Internal event: a partner checked in. The safety score and the mood are sealed with the couple's
 * key, so erasure reaches them here; the score is opened only to publish it to the partner's own
 * insights.
 */
@Revision("1")
public record SafetyCheckedIn(String checkInId, String coupleId, String partnerId, Sealed safety, @Nullable Sealed mood,
                              String fingerprint) implements CheckInEvent {
}
