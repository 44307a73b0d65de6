package dev.hearth.platform.crypto.keys;

import java.util.Optional;

/**
 * Where wrapped couple keys are kept: {@link JdbcCoupleKeys} in the service's PostgreSQL, beside its
 * event store, or {@link InMemoryCoupleKeys} for aggregate fixtures. Keys are only ever added.
 */
public interface CoupleKeyStore {

    /** A couple key as stored: wrapped by the master key named {@code masterKeyId}. */
    record StoredKey(String coupleId, int version, byte[] wrapped, String masterKeyId) {
    }

    /** The newest version of the couple's key, if it has one. */
    Optional<StoredKey> latest(String coupleId);

    Optional<StoredKey> find(String coupleId, int version);

    /**
     * Adds the key unless the couple already has this version: a racing first use waits for the
     * other transaction and then adds nothing, and the caller reads whichever key won.
     */
    void addIfAbsent(StoredKey key);

    /** Whether the store can make a key outlive a rolled-back command (no transaction to join): then it refuses. */
    default void requireTransaction() {
    }
}
