package dev.hearth.platform.crypto.keys;

/**
 * Crypto-shredding: deleting key rows so that what they sealed can never be opened again, in the
 * event store, snapshots, read models and anywhere a copy went.
 */
public interface CoupleKeyShredder {

    /**
     * In the current transaction: takes the couple's exclusive advisory lock (waiting for writes
     * sealing with its keys) and deletes every key row of the couple, couple and author scopes.
     * After commit: drops the couple's unwrapped keys from this instance and vacuums the key table
     * so the dead rows do not linger (failures logged).
     */
    void shredCouple(String coupleId);

    /** As {@link #shredCouple}, for one author's own key in the couple. */
    void shredAuthor(String coupleId, String authorId);

    /** Drops the couple's unwrapped keys from this instance's memory: for instances that learn of an erasure from its event. */
    void evict(String coupleId);
}
