package dev.hearth.commitment.promise.adapter;

import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseEvent;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseMissed;
import dev.hearth.commitment.promise.PromiseReleased;
import dev.hearth.commitment.promise.PromiseRenegotiated;
import dev.hearth.commitment.promise.PromiseWithdrawn;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.publisher.PublicEventsOf;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What of a promise leaves the service, to {@code hearth.commitments.v1}: facts only. The description
 * and the notes are as intimate as journal text and are simply not copied (docs/domain.md, the privacy
 * rule); neither are the Idempotency-Keys, nor the deadline ids. A miss names nobody as its recorder.
 */
@Component
class PromisePublicEvents extends PublicEventsOf<PromiseEvent> {

    @Override
    protected Optional<PublicEvent> publish(PromiseEvent event) {
        return Optional.of(switch (event) {
            case PromiseMade made -> new dev.hearth.contracts.commitment.PromiseMade(made.promiseId(), made.coupleId(),
                    made.promiserId(), made.promiseeId(), made.dueAt());
            case PromiseKept kept -> new dev.hearth.contracts.commitment.PromiseKept(kept.promiseId(), kept.coupleId(),
                    kept.promiserId(), kept.promiseeId(), kept.recordedBy(), kept.dueAt(), kept.late());
            case PromiseBroken broken -> new dev.hearth.contracts.commitment.PromiseBroken(broken.promiseId(),
                    broken.coupleId(), broken.promiserId(), broken.promiseeId(), broken.recordedBy(), broken.dueAt());
            case PromiseMissed missed -> new dev.hearth.contracts.commitment.PromiseMissed(missed.promiseId(),
                    missed.coupleId(), missed.promiserId(), missed.promiseeId(), missed.dueAt());
            case PromiseReleased released -> new dev.hearth.contracts.commitment.PromiseReleased(released.promiseId(),
                    released.coupleId(), released.promiserId(), released.promiseeId(), released.recordedBy(), released.dueAt(),
                    released.reason());
            case PromiseWithdrawn withdrawn -> new dev.hearth.contracts.commitment.PromiseWithdrawn(withdrawn.promiseId(),
                    withdrawn.coupleId(), withdrawn.promiserId(), withdrawn.promiseeId(), withdrawn.recordedBy(), withdrawn.dueAt());
            case PromiseRenegotiated renegotiated -> new dev.hearth.contracts.commitment.PromiseRenegotiated(
                    renegotiated.promiseId(), renegotiated.coupleId(), renegotiated.promiserId(), renegotiated.promiseeId(),
                    renegotiated.recordedBy(), renegotiated.dueAt(), renegotiated.previousDueAt(),
                    renegotiated.description() != null);
        });
    }
}
