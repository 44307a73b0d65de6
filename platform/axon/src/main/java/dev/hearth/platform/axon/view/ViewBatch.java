package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The documents of one view collection touched by one batch of an Axon event processor: each read
 * once by {@code _id}, changed in memory by every event of the batch, and written once, in one
 * ordered bulk write, when the batch's unit of work prepares to commit — before the processor's
 * token moves in the same database transaction. A failed write rolls the batch back and it is
 * processed again; views stay idempotent by each item's aggregate sequence.
 *
 * <p>The processor's sequencing policy (the couple) makes its segment the one writer of a couple's
 * documents, so reading, deciding and replacing a document is free of races.
 *
 * <p>Collections are written in the order of their {@code stage} (then of first use), so a view whose
 * documents refer to each other can write the referenced ones first: a batch that fails half-way is
 * then redone over documents that never point at something missing (see {@link Timeline}).
 */
public final class ViewBatch {

    private static final String BATCHES = ViewBatch.class.getName() + "/batches";

    private final ViewCollection collection;
    private final int stage;
    private final Map<String, Optional<Document>> loaded = new HashMap<>();
    private final Map<String, Document> changed = new LinkedHashMap<>();
    private final Set<String> deleted = new LinkedHashSet<>();

    private ViewBatch(ViewCollection collection, int stage) {
        this.collection = collection;
        this.stage = stage;
    }

    /** The batch of this collection in the current unit of work (the processor's batch), created on first use. */
    public static ViewBatch of(ViewCollection collection) {
        return of(collection, 0);
    }

    /**
     * The batch of this collection in the current unit of work, written when the batch commits after
     * the collections of lower stages (the stage of its first use counts).
     */
    public static ViewBatch of(ViewCollection collection, int stage) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        String key = ViewBatch.class.getName() + "/" + collection.name();
        ViewBatch known = root.getResource(key);
        if (known != null) {
            return known;
        }
        // Not inside getOrComputeResource: the unit of work's resources are a plain map.
        List<ViewBatch> all = batches(root);
        ViewBatch batch = new ViewBatch(collection, stage);
        root.resources().put(key, batch);
        all.add(batch);
        return batch;
    }

    private static List<ViewBatch> batches(UnitOfWork<?> root) {
        return root.getOrComputeResource(BATCHES, k -> {
            List<ViewBatch> all = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> all.stream()
                    .sorted(Comparator.comparingInt(batch -> batch.stage))
                    .forEach(ViewBatch::flush));
            return all;
        });
    }

    /**
     * The payloads of the given type among the events of the current unit of work: the processor's
     * whole batch (so a view can read what the batch will touch before its first event is applied), the
     * one event outside a batch (a dead letter retried), or none in a unit of work without a message.
     */
    public static <T> List<T> payloadsOfThisBatch(Class<T> type) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Message<?> message = root.getMessage();
        List<? extends Message<?>> messages = root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages()
                : message == null ? List.of() : List.of(message);
        return messages.stream().map(Message::getPayload).filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Reads those of the documents this batch has not yet read, changed or deleted in one batched read by
     * {@code _id} (instead of a round trip each when its events ask for them one by one).
     */
    public void readAhead(Collection<String> ids) {
        List<String> unread = ids.stream().distinct()
                .filter(id -> !loaded.containsKey(id) && !changed.containsKey(id) && !deleted.contains(id)).toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<String, Document> found = collection.findAll(unread);
        unread.forEach(id -> loaded.put(id, Optional.ofNullable(found.get(id))));
    }

    /** The document as this batch left it so far, or as stored. */
    public Optional<Document> find(String id) {
        if (deleted.contains(id)) {
            return Optional.empty();
        }
        Document pending = changed.get(id);
        if (pending != null) {
            return Optional.of(pending);
        }
        return loaded.computeIfAbsent(id, collection::find);
    }

    /** Replaces the document (by its {@code _id}) when the batch commits. */
    public void put(Document document) {
        String id = (String) document.get("_id");
        deleted.remove(id);
        changed.put(id, document);
    }

    public void delete(String id) {
        changed.remove(id);
        deleted.add(id);
    }

    void flush() {
        List<Document> writes = new ArrayList<>(changed.values());
        collection.replaceAll(writes);
        collection.deleteAll(deleted);
    }

    static @Nullable String idOf(Document document) {
        return document.get("_id") instanceof String id ? id : null;
    }
}
