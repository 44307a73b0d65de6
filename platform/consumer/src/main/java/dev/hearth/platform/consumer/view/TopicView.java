package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.mongo.ViewLayouts;
import java.util.Collection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A read model fed by one public topic, as a fold of its events into documents addressed by
 * {@code _id} (docs/architecture.md, "Read models at constant cost"). A document is written only by
 * the partition that carries its couple, so the runner ({@link TopicViewRunner}) may read it, fold a
 * whole poll's events into it in memory and replace it, without a race and with one bulk write per
 * poll. Deduplication, dead letters, batching, metrics and versions are the runner's; a view is only
 * its fold.
 *
 * <p>A view that merges two topics is two views, each with its own documents, merged when read.
 *
 * @param <S> the state of one document
 */
public interface TopicView<S> {

    /**
     * What names the view: {@code name} the consumer group ({@code <name>-v<version>}), its dead-letter
     * topic and the metrics; {@code version} its layout — raising it rebuilds the view from the topic's
     * first record into fresh collections ({@code <collection>_v<version>}) through a new group.
     */
    record Layout(String name, int version, Topic topic, String collection) {

        public Layout {
            if (version < 1) {
                throw new IllegalArgumentException("view versions start at 1");
            }
        }

        /** The consumer group, and the dead-letter topic's consumer part. */
        public String group() {
            return name + "-v" + version;
        }

        /** The collection of this layout, for the view's readers. */
        public String collectionName() {
            return ViewLayouts.collectionName(collection, version);
        }
    }

    Layout layout();

    /** The ids of the documents this event changes: usually one, its couple's. Empty when the view ignores it. */
    Collection<String> documentsOf(DecodedEvent event);

    /** The state of a document that does not exist yet. */
    S empty(String documentId);

    /** A stored document back into state (the runner's own {@code _applied} field is ignored). */
    S read(Document stored);

    /** The state as a document, without {@code _id} (the runner sets it). */
    Document write(S state);

    /**
     * The event's effect on one document: a pure function of the state and the event. Throwing
     * means the event can never be applied (the runner dead-letters it and leaves the document as it was).
     */
    S apply(S state, DecodedEvent event, String documentId);

    /**
     * {@link #apply(Object, DecodedEvent, String)}, told every document the event touches in this
     * application ({@link #documentsOf} as answered once, just before): what a view's documents are may
     * depend on another view it reads (a couple's timezone, which may land between two questions), and
     * each document must be changed by the same answer. The runner calls this one.
     */
    default S apply(S state, DecodedEvent event, String documentId, Collection<String> touched) {
        return apply(state, event, documentId);
    }

    /**
     * The collection (its full name) of the couples' membership documents whose tombstones
     * ({@link dev.hearth.platform.mongo.Roster}) this view obeys: the runner reads the tombstone of each
     * couple of a poll by {@code _id} before writing (an erased couple's documents are not written) and
     * again after (what it wrote for a couple erased meanwhile is deleted). Null: the view keeps no
     * per-couple data, or its documents are the membership documents themselves.
     */
    default @Nullable String tombstones() {
        return null;
    }

    /**
     * What a document's state calls for outside the view, for every document a poll's events touched
     * (applied, or seen before): run before the poll's write, which records those events as applied, so
     * that a crash runs it again on the redelivery. Must be idempotent. Throwing fails the poll, retried.
     */
    default void beforeWrite(String documentId, S state) {
    }

    /** Like {@link #beforeWrite}, after the poll's write: for what must follow the document (erasure after the tombstone). */
    default void afterWrite(String documentId, S state) {
    }

    /** How soon readers look for an event in this view ({@link Freshness}); most views are read at once. */
    default Freshness freshness() {
        return Freshness.IMMEDIATE;
    }

    default String name() {
        return layout().name();
    }

    default int version() {
        return layout().version();
    }

    default Topic topic() {
        return layout().topic();
    }

    default String collection() {
        return layout().collection();
    }

    default String group() {
        return layout().group();
    }
}
