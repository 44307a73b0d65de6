package dev.hearth.commitment.promise;

/** Where a promise stands. Every status but {@link #OPEN} is final. */
public enum PromiseStatus {
    OPEN, KEPT, BROKEN;

    public boolean isClosed() {
        return this != OPEN;
    }

    /** The status an event leaves its promise in: the lifecycle's transitions, written once. */
    public static PromiseStatus after(PromiseEvent event) {
        return switch (event) {
            case PromiseMade made -> OPEN;
            case PromiseKept kept -> KEPT;
            case PromiseBroken broken -> BROKEN;
        };
    }
}
