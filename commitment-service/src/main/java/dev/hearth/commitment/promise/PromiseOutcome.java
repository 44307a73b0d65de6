package dev.hearth.commitment.promise;

import org.jspecify.annotations.Nullable;

/** A command recording what became of a promise, as a partner sends it: retried safely with an {@code Idempotency-Key}. */
public sealed interface PromiseOutcome extends PromiseCommand
        permits KeepPromise, BreakPromise, ReleasePromise, WithdrawPromise, RenegotiatePromise {

    String coupleId();

    String recordedBy();

    @Nullable String idempotencyKey();

    /** The action and its body, as one string: what a retry with the same key must ask again (fingerprinted, never stored). */
    String request();
}
