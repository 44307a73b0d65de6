package dev.hearth.platform.crypto.keys;

import java.util.Optional;

/**
 * Where wrapped keys are kept: {@link JdbcCoupleKeys} in the service's PostgreSQL, beside its event
 * store, or {@link InMemoryCoupleKeys} for aggregate fixtures. Keys are added, and deleted only by
 * shredding ({@link CoupleKeyShredder}).
 */
public interface CoupleKeyStore {

    /** The author of a couple-scoped key: the couple's own key has none. */
    String COUPLE_SCOPE = "";

    /**
     * A key as stored: wrapped by the master key named {@code masterKeyId}.
     *
     * @param authorId {@link #COUPLE_SCOPE} for the couple's key, else the user whose own key it is
     */
    record StoredKey(String coupleId, String authorId, int version, byte[] wrapped, String masterKeyId) {
    }

    /** The newest version of the couple's ({@code authorId} {@link #COUPLE_SCOPE}) or the author's key, if any. */
    Optional<StoredKey> latest(String coupleId, String authorId);

    Optional<StoredKey> find(String coupleId, String authorId, int version);

    /**
     * Adds the key unless its scope already has this version: a racing first use waits for the
     * other transaction and then adds nothing, and the caller reads whichever key won.
     */
    void addIfAbsent(StoredKey key);

    /** Deletes every key of the couple, couple and author scopes. */
    void deleteCouple(String coupleId);

    /** Deletes one author's keys in the couple. */
    void deleteAuthor(String coupleId, String authorId);

    /** Whether the store can make a key outlive a rolled-back command (no transaction to join): then it refuses. */
    default void requireTransaction() {
    }

    /** Held by a transaction sealing with the couple's keys until it ends; none outside a transaction. */
    default void lockShared(String coupleId) {
    }

    /** Held by a transaction shredding the couple's keys until it ends: waits for every sealing one. */
    default void lockExclusive(String coupleId) {
    }

    /** Reclaims the space of deleted keys (outside any transaction); failures are only logged. */
    default void reclaimSpace() {
    }
}
