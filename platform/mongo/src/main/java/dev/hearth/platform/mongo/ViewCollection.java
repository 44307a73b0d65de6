package dev.hearth.platform.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One read-model collection, addressed by {@code _id} alone: the only filter that costs the same at
 * any size, on a real MongoDB and on the embedded server alike (docs/architecture.md, "Read models at
 * constant cost"). Whoever owns a document reads it, decides and replaces it whole; there is no
 * query on any other field here, on purpose. A batch reads its documents by a bounded list of
 * {@code _id}s ({@code $in}), which is the same index lookup, once per batch.
 */
public final class ViewCollection {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);
    /** Ids per batched read: a bounded filter, whatever the batch. */
    static final int IDS_PER_READ = 500;

    private final MongoCollection<Document> collection;

    public ViewCollection(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The collection {@code name} of {@code database}, as a view collection (every query by {@code _id}). */
    public static ViewCollection named(MongoDatabase database, String name) {
        return new ViewCollection(database.getCollection(name));
    }

    public String name() {
        return collection.getNamespace().getCollectionName();
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(collection.find(byId(id)).first());
    }

    /**
     * The documents of these ids, keyed by id in the order asked; the missing ones are absent. One
     * {@code find} of {@code {_id: {$in: [...]}}} per {@value #IDS_PER_READ} ids: a lookup in the
     * {@code _id} index like a single read, so a poll's documents cost one round trip, not one each.
     */
    public Map<String, Document> findAll(Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<String, Document> byId = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_READ) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_READ));
            for (Document document : chunk.size() == 1 ? collection.find(byId(chunk.get(0)))
                    : collection.find(Filters.in("_id", chunk))) {
                byId.put(id(document), document);
            }
        }
        for (String id : distinct) {
            Document document = byId.get(id);
            if (document != null) {
                found.put(id, document);
            }
        }
        return found;
    }

    /** Replaces (or inserts) every document by its {@code _id}, in one ordered bulk write. */
    public void replaceAll(Collection<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(documents.size());
        for (Document document : documents) {
            writes.add(new ReplaceOneModel<>(byId(id(document)), document, UPSERT));
        }
        collection.bulkWrite(writes, ORDERED);
    }

    public void replace(Document document) {
        collection.replaceOne(byId(id(document)), document, UPSERT);
    }

    public void deleteAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> deletes = new ArrayList<>(ids.size());
        for (String id : ids) {
            deletes.add(new DeleteOneModel<>(byId(id)));
        }
        collection.bulkWrite(deletes, ORDERED);
    }

    public void drop() {
        collection.drop();
    }

    private static Bson byId(String id) {
        return Filters.eq("_id", id);
    }

    private static String id(Document document) {
        Object id = document.get("_id");
        if (!(id instanceof String text)) {
            throw new IllegalArgumentException("a view document needs a string _id, got " + id);
        }
        return text;
    }
}
