package dev.hearth.commitment.promise.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.platform.problem.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Pages through a couple's promises, newest first, from the projection. Eventually consistent: a
 * promise made a few milliseconds ago may not be listed yet (the single promise, read from the event
 * store, always is).
 *
 * <p>The query is per couple and bounded by the page size. On MongoDB the compound index created
 * here serves it; mongo-java-server (local runs) ignores non-unique indexes and scans, which is fine
 * at local scale but says nothing about production latency.
 */
@Component
public class PromiseList {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final MongoCollection<Document> promises;

    public PromiseList(MongoDatabase readModelDatabase) {
        this.promises = readModelDatabase.getCollection(PromiseListProjection.COLLECTION);
        promises.createIndex(Indexes.compoundIndex(Indexes.ascending("coupleId"), Indexes.descending("madeAt"),
                Indexes.descending("_id")));
    }

    /**
     * @param status only promises with this status, or all
     * @param limit  page size, 1 to {@value #MAX_LIMIT}
     * @param cursor the {@code next} of the previous page, or null for the first
     */
    public PromisePage page(String coupleId, @Nullable PromiseStatus status, int limit, @Nullable String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Rejection.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("coupleId", coupleId));
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            Date madeAt = Date.from(after.madeAt());
            filters.add(or(lt("madeAt", madeAt), and(eq("madeAt", madeAt), lt("_id", after.promiseId()))));
        }
        List<PromiseSummary> items = new ArrayList<>();
        for (Document document : promises.find(and(filters))
                .sort(Sorts.descending("madeAt", "_id"))
                .limit(limit + 1)) {
            items.add(summary(document));
        }
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            PromiseSummary last = items.get(limit - 1);
            next = new Cursor(last.madeAt(), last.promiseId()).encode();
        }
        return new PromisePage(items, next);
    }

    private static PromiseSummary summary(Document document) {
        return new PromiseSummary(document.getString("_id"), document.getString("promiserId"),
                document.getString("promiseeId"), document.getString("description"), instant(document, "dueAt"),
                PromiseStatus.valueOf(document.getString("status")), document.getDate("madeAt").toInstant(),
                instant(document, "closedAt"));
    }

    private static @Nullable Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /** Position after the last item of a page: its time (millisecond precision, as stored) and id. Opaque to clients. */
    record Cursor(Instant madeAt, String promiseId) {

        String encode() {
            String raw = madeAt.toEpochMilli() + ":" + promiseId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = raw.indexOf(':');
                if (colon < 1 || colon == raw.length() - 1) {
                    throw new IllegalArgumentException("no position");
                }
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))), raw.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("cursor", "cursor is not one this service handed out");
            }
        }
    }
}
