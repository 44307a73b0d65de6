package dev.hearth.commitment.promise;

import dev.hearth.platform.couple.OfCouple;

/**
 * An event of a promise's stream, as the event store keeps it. Sealed, so that the fold of the
 * stream ({@link PromiseState}) and every translation of it are exhaustive {@code switch}es: a new
 * event does not compile until each of them says what it means.
 */
public sealed interface PromiseEvent extends OfCouple permits PromiseMade, PromiseKept, PromiseBroken, PromiseMissed,
        PromiseReleased, PromiseWithdrawn, PromiseRenegotiated {

    String promiseId();

    String coupleId();
}
