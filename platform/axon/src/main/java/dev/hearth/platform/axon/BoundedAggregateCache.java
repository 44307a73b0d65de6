package dev.hearth.platform.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache, bounded and least recently used first: a keep right after its make finds
 * the promise loaded instead of re-sourcing it from the store, and the heap holds at most
 * {@code hearth.axon.aggregate-cache.size} aggregates whatever the traffic — unlike a weak-reference
 * cache, which the collector empties at every pause and which grows with the heap.
 *
 * <p>Recency, not frequency: commands to one aggregate come close together (a make, then its
 * outcome), and a new aggregate has been used once. Caffeine's W-TinyLFU admits a newcomer only
 * past its small recency window (1 % of the size) and then only if it was used more often than
 * the entry it would replace, so once the cache was full of kept promises every new one was
 * refused, and at 200 makes/s every keep loaded its promise from PostgreSQL again (two queries and
 * a Spring prototype bean). One lock around a {@link LinkedHashMap} in access order is exact and
 * costs far less than those. Entry listeners (used by Axon's saga caches, not by aggregates) are
 * not supported.
 */
public final class BoundedAggregateCache implements Cache {

    private final Map<Object, Object> entries;

    public BoundedAggregateCache(long maximumSize) {
        if (maximumSize < 1 || maximumSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an aggregate cache holds 1 to " + Integer.MAX_VALUE + " aggregates, not " + maximumSize);
        }
        int capacity = (int) maximumSize;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache has no entry listeners");
    }

    synchronized long size() {
        return entries.size();
    }
}
