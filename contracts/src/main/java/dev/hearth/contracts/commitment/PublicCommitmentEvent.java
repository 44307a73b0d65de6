package dev.hearth.contracts.commitment;

import dev.hearth.contracts.PublicEvent;

/** A public event of the commitment context, on {@code hearth.commitments.v1}. */
public sealed interface PublicCommitmentEvent extends PublicEvent permits PromiseMade, PromiseKept, PromiseBroken, PromiseMissed,
        PromiseReleased, PromiseWithdrawn, PromiseRenegotiated {
}
