package dev.hearth.commitment.promise.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseStatus;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Maintains the {@code promises} collection (one document per promise, {@code _id} = promiseId)
 * from the service's own event store, through the tracking processor {@value #PROCESSOR}.
 *
 * <p>Idempotent without transactions: each document keeps {@code seq}, the last applied sequence
 * number of its promise, and every change is a single conditional update ({@code seq < n}) that
 * also advances it. A replayed or re-delivered event matches nothing and changes nothing.
 */
@Component
@ProcessingGroup(PromiseListProjection.PROCESSOR)
public class PromiseListProjection {

    public static final String PROCESSOR = "promise-view";
    static final String COLLECTION = "promises";

    private final MongoCollection<Document> promises;

    public PromiseListProjection(MongoDatabase readModelDatabase) {
        this.promises = readModelDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PromiseMade event, @SequenceNumber long sequence, @Timestamp Instant at) {
        // The first event of a promise: inserting it is the duplicate check.
        promises.updateOne(eq("_id", event.promiseId()), Updates.combine(
                Updates.setOnInsert("coupleId", event.coupleId()),
                Updates.setOnInsert("promiserId", event.promiserId()),
                Updates.setOnInsert("promiseeId", event.promiseeId()),
                Updates.setOnInsert("description", event.description()),
                Updates.setOnInsert("dueAt", event.dueAt() == null ? null : Date.from(event.dueAt())),
                Updates.setOnInsert("status", PromiseStatus.OPEN.name()),
                Updates.setOnInsert("madeAt", Date.from(at)),
                Updates.setOnInsert("seq", sequence)),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(PromiseKept event, @SequenceNumber long sequence, @Timestamp Instant at) {
        close(event.promiseId(), PromiseStatus.KEPT, sequence, at);
    }

    @EventHandler
    void on(PromiseBroken event, @SequenceNumber long sequence, @Timestamp Instant at) {
        close(event.promiseId(), PromiseStatus.BROKEN, sequence, at);
    }

    private void close(String promiseId, PromiseStatus status, long sequence, Instant at) {
        promises.updateOne(and(eq("_id", promiseId), lt("seq", sequence)), Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("closedAt", Date.from(at)),
                Updates.set("seq", sequence)));
    }
}
