package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.mongo.ViewLayouts;
import java.util.Collection;
import org.bson.Document;

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
