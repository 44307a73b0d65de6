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
 */
final class UnsnapshottedEventStorageEngine extends JdbcEventStorageEngine {

    UnsnapshottedEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("Hearth's aggregates are not snapshotted (" + getClass().getSimpleName()
                + " never reads snapshots); a snapshot trigger needs the stock JdbcEventStorageEngine");
    }
}
