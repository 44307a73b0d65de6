package dev.hearth.commitment.promise;

/**
 * Where a promise stands. Every status but {@link #OPEN} is final, with one exception the
 * {@link Promise} allows: a {@link #MISSED} promise may still be kept late, within the late-keep window.
 */
public enum PromiseStatus {
    OPEN, KEPT, BROKEN, MISSED, RELEASED, WITHDRAWN;

    public boolean isClosed() {
        return this != OPEN;
    }

    /** The status an event leaves its promise in: the lifecycle's transitions, written once. */
    public static PromiseStatus after(PromiseEvent event) {
        return switch (event) {
            case PromiseMade made -> OPEN;
            case PromiseRenegotiated renegotiated -> OPEN;
            case PromiseKept kept -> KEPT;
            case PromiseBroken broken -> BROKEN;
            case PromiseMissed missed -> MISSED;
            case PromiseReleased released -> RELEASED;
            case PromiseWithdrawn withdrawn -> WITHDRAWN;
        };
    }
}
