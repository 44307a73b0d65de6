package dev.hearth.commitment.promise;

import org.jspecify.annotations.Nullable;

/** A command recording what became of a promise, as a partner sends it: retried safely with an {@code Idempotency-Key}. */
public sealed interface PromiseOutcome extends PromiseCommand permits PromiseOutcome.Noted, RenegotiatePromise {

    String coupleId();

    String recordedBy();

    @Nullable String idempotencyKey();

    /** The action and its body, as one string: what a retry with the same key must ask again (fingerprinted, never stored). */
    String request();

    /**
     * The command as logs and exception messages may show it: its type and who sent it about which promise, never
     * what was written. Each outcome's {@code toString()} starts from this.
     */
    default String describe() {
        return getClass().getSimpleName() + "[promiseId=" + promiseId() + ", coupleId=" + coupleId()
                + ", recordedBy=" + recordedBy() + "]";
    }

    /** An outcome that is one action with an optional note: keep, break, release, withdraw. */
    sealed interface Noted extends PromiseOutcome permits KeepPromise, BreakPromise, ReleasePromise, WithdrawPromise {

        @Nullable String note();

        /** The action's name, as in the path ({@code keep}, {@code break}, ...). */
        String action();

        @Override
        default String request() {
            String note = note();
            return action() + "|" + (note == null ? "" : note);
        }
    }
}
