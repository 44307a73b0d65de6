package dev.hearth.platform.crypto.keys;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keys in a map: for aggregate fixtures and tools, never for a running service. */
public final class InMemoryCoupleKeys implements CoupleKeyStore {

    private record Id(String coupleId, String authorId, int version) {
    }

    private final ConcurrentMap<Id, StoredKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredKey> latest(String coupleId, String authorId) {
        return keys.values().stream().filter(key -> key.coupleId().equals(coupleId) && key.authorId().equals(authorId))
                .max(Comparator.comparingInt(StoredKey::version));
    }

    @Override
    public Optional<StoredKey> find(String coupleId, String authorId, int version) {
        return Optional.ofNullable(keys.get(new Id(coupleId, authorId, version)));
    }

    @Override
    public void addIfAbsent(StoredKey key) {
        keys.putIfAbsent(new Id(key.coupleId(), key.authorId(), key.version()), key);
    }

    @Override
    public void deleteCouple(String coupleId) {
        keys.keySet().removeIf(id -> id.coupleId().equals(coupleId));
    }

    @Override
    public void deleteAuthor(String coupleId, String authorId) {
        keys.keySet().removeIf(id -> id.coupleId().equals(coupleId) && id.authorId().equals(authorId));
    }
}
