package dev.hearth.commitment.promise;

/** Where a promise stands. Every status but {@link #OPEN} is final. */
public enum PromiseStatus {
    OPEN, KEPT, BROKEN;

    public boolean isClosed() {
        return this != OPEN;
    }
}
