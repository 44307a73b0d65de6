package dev.hearth.platform.consumer.view;

import dev.hearth.contracts.Topic;
import dev.hearth.platform.consumer.DecodedEvent;
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

    /** Names the consumer group ({@code <name>-v<version>}), its dead-letter topic and the metrics, e.g. {@code insights-trust}. */
    String name();

    /**
     * The version of the view's layout. Raising it rebuilds the view from the topic's first record
     * into fresh collections ({@code <collection>_v<version>}), through a new consumer group.
     */
    int version();

    Topic topic();

    /** The collection's base name; the runner appends the version. */
    String collection();

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

    /** The consumer group, and the dead-letter topic's consumer part. */
    default String group() {
        return name() + "-v" + version();
    }
}
