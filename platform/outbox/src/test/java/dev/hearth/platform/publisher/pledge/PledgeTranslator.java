package dev.hearth.platform.publisher.pledge;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.platform.publisher.PublicEventTranslator;
import java.util.Optional;

/** Makes pledges public as promises, without their description; notes stay private. */
final class PledgeTranslator implements PublicEventTranslator {

    @Override
    public Optional<PublicEvent> toPublic(Object internalEvent) {
        if (internalEvent instanceof PledgeMade made) {
            return Optional.of(new PromiseMade(made.pledgeId(), made.coupleId(), made.promiserId(), made.promiseeId(), null));
        }
        if (internalEvent instanceof PledgeKept kept) {
            return Optional.of(new PromiseKept(kept.pledgeId(), kept.coupleId(), kept.promiserId(), kept.promiseeId(),
                    kept.recordedBy()));
        }
        return Optional.empty();
    }
}
