package dev.hearth.commitment.promise;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.publisher.PublicEventTranslator;
import java.util.Optional;

/**
 * What of a promise leaves the service: facts only. The description and the notes are as intimate
 * as journal text and are simply not copied (docs/domain.md, the privacy rule).
 */
public final class PromisePublicEvents implements PublicEventTranslator {

    @Override
    public Optional<PublicEvent> toPublic(Object internalEvent) {
        if (internalEvent instanceof PromiseMade made) {
            return Optional.of(new dev.hearth.contracts.commitment.PromiseMade(made.promiseId(), made.coupleId(),
                    made.promiserId(), made.promiseeId(), made.dueAt()));
        }
        if (internalEvent instanceof PromiseKept kept) {
            return Optional.of(new dev.hearth.contracts.commitment.PromiseKept(kept.promiseId(), kept.coupleId(),
                    kept.promiserId(), kept.promiseeId(), kept.recordedBy()));
        }
        if (internalEvent instanceof PromiseBroken broken) {
            return Optional.of(new dev.hearth.contracts.commitment.PromiseBroken(broken.promiseId(), broken.coupleId(),
                    broken.promiserId(), broken.promiseeId(), broken.recordedBy()));
        }
        return Optional.empty();
    }
}
