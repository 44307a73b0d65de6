package dev.hearth.commitment.promise;

/**
 * An event of a promise's stream, as the event store keeps it. Sealed, so that the fold of the
 * stream ({@link PromiseState}) and every translation of it are exhaustive {@code switch}es: a new
 * event does not compile until each of them says what it means.
 */
public sealed interface PromiseEvent permits PromiseMade, PromiseKept, PromiseBroken {

    String promiseId();

    String coupleId();
}
