package dev.hearth.journal.couple.adapter;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.couple.CoupleStarted;
import dev.hearth.journal.couple.PartnerInvited;
import dev.hearth.journal.couple.PartnerJoined;
import dev.hearth.platform.publisher.PublicEventTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Internal couple events to the public contract. The invite code's hash stays in this service. */
@Component
class CouplePublicEvents implements PublicEventTranslator {

    @Override
    public Optional<PublicEvent> toPublic(Object internalEvent) {
        if (internalEvent instanceof CoupleStarted e) {
            return Optional.of(new dev.hearth.contracts.couple.CoupleStarted(e.coupleId(), e.userId(), e.timezone()));
        }
        if (internalEvent instanceof PartnerInvited e) {
            return Optional.of(new dev.hearth.contracts.couple.PartnerInvited(e.coupleId(), e.invitedBy(), e.expiresAt()));
        }
        if (internalEvent instanceof PartnerJoined e) {
            return Optional.of(new dev.hearth.contracts.couple.PartnerJoined(e.coupleId(), e.userId()));
        }
        return Optional.empty();
    }
}
