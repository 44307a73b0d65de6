package dev.hearth.platform.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * A bounded in-process cache in front of a view collection, for facts a request reads every time
 * (who belongs to a couple). It is trusted only to confirm what cannot have become untrue since it
 * was read — a member stays a member until leaving, which later arrives as an event that the view's
 * own cache handling must follow — and anything it does not confirm is read from the view, which
 * refreshes it. Entries expire, so a quiet couple leaves the heap.
 *
 * @param <T> what one document holds
 */
public final class ViewCache<T> {

    private final ViewCollection collection;
    private final Function<Document, T> reader;
    private final Cache<String, T> entries;

    public ViewCache(ViewCollection collection, Function<Document, T> reader, long size, Duration expiry) {
        this.collection = collection;
        this.reader = reader;
        this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(expiry).build();
    }

    /** True when the cached document shows it, or else the document as stored now does. */
    public boolean confirms(String id, Predicate<T> fact) {
        T cached = entries.getIfPresent(id);
        if (cached != null && fact.test(cached)) {
            return true;
        }
        return find(id).map(fact::test).orElse(false);
    }

    /** The document as stored now (read through, refreshing the cache). */
    public Optional<T> find(String id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /** The documents as stored now, in one batched read (refreshing the cache); the missing ones are absent. */
    public Map<String, T> findAll(Collection<String> ids) {
        Map<String, Document> stored = collection.findAll(ids);
        Map<String, T> found = new LinkedHashMap<>();
        for (String id : ids) {
            Document document = stored.get(id);
            if (document == null) {
                entries.invalidate(id);
            } else {
                T value = reader.apply(document);
                entries.put(id, value);
                found.put(id, value);
            }
        }
        return found;
    }

    /** The cached document, or the stored one when none is cached. */
    public Optional<T> get(String id) {
        T cached = entries.getIfPresent(id);
        return cached != null ? Optional.of(cached) : find(id);
    }

    /** Forgets a document, e.g. when an event the view applied elsewhere made it untrue. */
    public void invalidate(String id) {
        entries.invalidate(id);
    }
}
