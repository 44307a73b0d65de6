package dev.hearth.journal.checkin;

import dev.hearth.journal.sealed.CreatedOnce;
import dev.hearth.platform.crypto.Sealed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A check-in as its one event leaves it, still sealed. */
public record CheckInState(String checkInId, String coupleId, String partnerId, Sealed safety, @Nullable Sealed mood,
                           String fingerprint, Instant checkedInAt)
        implements CreatedOnce.Creation {

    public static CheckInState of(SafetyCheckedIn event, Instant at) {
        return new CheckInState(event.checkInId(), event.coupleId(), event.partnerId(), event.safety(), event.mood(),
                event.fingerprint(), at);
    }

    @Override
    public String id() {
        return checkInId;
    }

    /** The partner who checked in. */
    @Override
    public String creatorId() {
        return partnerId;
    }
}
