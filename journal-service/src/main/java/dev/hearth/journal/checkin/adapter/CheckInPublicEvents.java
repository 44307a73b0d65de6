package dev.hearth.journal.checkin.adapter;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.checkin.CheckIn;
import dev.hearth.journal.checkin.CheckInEvent;
import dev.hearth.journal.checkin.SafetyCheckedIn;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.publisher.PublicEventsOf;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Check-ins to {@code hearth.journal.v1}: the score, opened from the event store for the partner's own
 * insights (the mood is never published). A check-in whose couple key is gone by the time it would be
 * published (the couple was erased) is not published: erasure reached it first.
 */
@Component
class CheckInPublicEvents extends PublicEventsOf<CheckInEvent> {

    private static final Logger log = LoggerFactory.getLogger(CheckInPublicEvents.class);

    private final Vault vault;

    CheckInPublicEvents(Vault vault) {
        this.vault = vault;
    }

    @Override
    protected Optional<PublicEvent> publish(CheckInEvent event) {
        return switch (event) {
            case SafetyCheckedIn checkedIn -> {
                try {
                    int safety = Integer.parseInt(vault.open(CheckIn.safetyOf(checkedIn.coupleId(), checkedIn.checkInId()),
                            checkedIn.safety()));
                    yield Optional.of(new dev.hearth.contracts.journal.SafetyCheckedIn(checkedIn.checkInId(),
                            checkedIn.coupleId(), checkedIn.partnerId(), safety));
                } catch (SealedValueUnreadable e) {
                    log.warn("Check-in {} of couple {} is not published: {}", checkedIn.checkInId(), checkedIn.coupleId(),
                            e.reason());
                    yield Optional.empty();
                }
            }
        };
    }
}
