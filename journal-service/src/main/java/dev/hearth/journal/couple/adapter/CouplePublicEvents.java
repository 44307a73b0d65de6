package dev.hearth.journal.couple.adapter;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.journal.couple.CoupleEvent;
import dev.hearth.journal.couple.CoupleStarted;
import dev.hearth.journal.couple.PartnerInvited;
import dev.hearth.journal.couple.PartnerJoined;
import dev.hearth.journal.couple.PartnerLeft;
import dev.hearth.platform.publisher.PublicEventsOf;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Internal couple events to the public contract. The invite code's hash, and who erased, stay in this service. */
@Component
class CouplePublicEvents extends PublicEventsOf<CoupleEvent> {

    @Override
    protected Optional<PublicEvent> publish(CoupleEvent event) {
        return Optional.of(switch (event) {
            case CoupleStarted e -> new dev.hearth.contracts.couple.CoupleStarted(e.coupleId(), e.userId(), e.timezone());
            case PartnerInvited e -> new dev.hearth.contracts.couple.PartnerInvited(e.coupleId(), e.invitedBy(), e.expiresAt());
            case PartnerJoined e -> new dev.hearth.contracts.couple.PartnerJoined(e.coupleId(), e.userId());
            case PartnerLeft e -> new dev.hearth.contracts.couple.PartnerLeft(e.coupleId(), e.userId());
            case CoupleErased e -> new dev.hearth.contracts.couple.CoupleErased(e.coupleId());
        });
    }
}
