package dev.hearth.platform.crypto.keys;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Couple keys in a map: for aggregate fixtures and tools, never for a running service. */
public final class InMemoryCoupleKeys implements CoupleKeyStore {

    private final ConcurrentMap<String, StoredKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredKey> latest(String coupleId) {
        return keys.values().stream().filter(key -> key.coupleId().equals(coupleId))
                .max(Comparator.comparingInt(StoredKey::version));
    }

    @Override
    public Optional<StoredKey> find(String coupleId, int version) {
        return Optional.ofNullable(keys.get(coupleId + "#" + version));
    }

    @Override
    public void addIfAbsent(StoredKey key) {
        keys.putIfAbsent(key.coupleId() + "#" + key.version(), key);
    }

    /** Forgets a couple's keys, as erasure will: its sealed values no longer open. */
    public void shred(String coupleId) {
        keys.values().removeIf(key -> key.coupleId().equals(coupleId));
    }
}
