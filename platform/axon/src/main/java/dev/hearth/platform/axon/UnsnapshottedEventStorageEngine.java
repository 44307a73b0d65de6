package dev.hearth.platform.axon;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine for aggregates that are never snapshotted — none of Hearth's has a snapshot
 * trigger: their streams are short (a promise, an entry, a couple). Axon asks the snapshot table before
 * every aggregate load; here that question is answered without a query. That saves a PostgreSQL round
 * trip on every load that misses the aggregate cache, and so on every new promise, entry and check-in
 * (created with {@code CREATE_IF_MISSING}, which loads first). Storing a snapshot fails, so a snapshot
 * trigger added one day fails loudly instead of writing snapshots that would never be read.
 *
 * <p>A load also stops at the first batch that is not full, where Axon's JDBC engine reads on until
 * a batch comes back empty: one query for a promise of a few events instead of two.
 */
final class UnsnapshottedEventStorageEngine extends JdbcEventStorageEngine {

    UnsnapshottedEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    /**
     * A batch is the range of sequence numbers {@code [first, first + batchSize)}, and an aggregate's
     * sequence numbers have no gaps: one unit of work appends them in order in one transaction, a
     * concurrent append of the same number fails on the table's unique key, and nothing in Hearth
     * deletes events. A batch with fewer events than its range is therefore the stream's end.
     */
    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        return false;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("Hearth's aggregates are not snapshotted (" + getClass().getSimpleName()
                + " never reads snapshots); a snapshot trigger needs the stock JdbcEventStorageEngine");
    }
}
