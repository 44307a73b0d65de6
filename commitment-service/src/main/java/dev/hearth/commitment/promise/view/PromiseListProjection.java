package dev.hearth.commitment.promise.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseEvent;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.commitment.promise.PromiseState;
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
    void on(PromiseEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        switch (event) {
            case PromiseMade made -> file(PromiseState.after(null, made), sequence, at);
            case PromiseKept kept -> close(kept.promiseId(), PromiseStatus.after(kept), sequence, at);
            case PromiseBroken broken -> close(broken.promiseId(), PromiseStatus.after(broken), sequence, at);
        }
    }

    // The first event of a promise: inserting it is the duplicate check.
    private void file(PromiseState promise, long sequence, Instant at) {
        promises.updateOne(eq("_id", promise.promiseId()), Updates.combine(
                Updates.setOnInsert("coupleId", promise.coupleId()),
                Updates.setOnInsert("promiserId", promise.promiserId()),
                Updates.setOnInsert("promiseeId", promise.promiseeId()),
                Updates.setOnInsert("description", promise.description()),
                Updates.setOnInsert("dueAt", promise.dueAt() == null ? null : Date.from(promise.dueAt())),
                Updates.setOnInsert("status", promise.status().name()),
                Updates.setOnInsert("madeAt", Date.from(at)),
                Updates.setOnInsert("seq", sequence)),
                new UpdateOptions().upsert(true));
    }

    // An outcome only ever follows its promise's PromiseMade: the status it leads to needs nothing else.
    private void close(String promiseId, PromiseStatus status, long sequence, Instant at) {
        promises.updateOne(and(eq("_id", promiseId), lt("seq", sequence)), Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("closedAt", Date.from(at)),
                Updates.set("seq", sequence)));
    }
}
