package dev.hearth.commitment.promise.view;

import dev.hearth.commitment.promise.Promise;
import dev.hearth.commitment.promise.PromiseState;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.mongo.DigestRing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * The layout of the promise list (version {@value #VERSION}; 3 sealed the description, which 2 held
 * in clear; 4 made parts of 25 instead of 100 and the index's ring 128 ids instead of 256; 5 made parts
 * of 10 and keeps the ring as 8-byte digests ({@link DigestRing}) instead of the ids: a make or an outcome
 * reads and rewrites its part, and a make the index, so their size is what each event costs, in the
 * service and on the server): a couple's promises in the order they were made, numbered from 0, in parts of
 * {@value #PART_SIZE}, each description sealed {@code {v, nonce, ct}} as the event holds it and
 * opened on read. Three kinds of documents, each read
 * and written by {@code _id} alone:
 * <ul>
 *   <li>{@code <coupleId>}: the couple's index, {@code {count, recent}} — how many promises it made
 *       and the digests of the last ones filed, which makes filing a retried batch harmless;</li>
 *   <li>{@code <coupleId>:<part>}: a part, {@code {items: [...]}} with the promises numbered
 *       {@code part × 10} to {@code part × 10 + 9}, each item at its own position;</li>
 *   <li>in {@code promise_locations}, {@code <promiseId>}: {@code {coupleId, n}}, where an outcome
 *       finds its promise.</li>
 * </ul>
 * Nothing grows with history but the number of parts, and a page reads a handful of them.
 */
final class PromiseListLayout {

    static final String NAME = "promise-view";
    static final int VERSION = 5;
    static final String PARTS = "promises";
    static final String LOCATIONS = "promise_locations";
    static final int PART_SIZE = 10;
    /** Makes remembered by the index: more than a processor batch (100), so a retried batch finds its own. */
    static final int RECENT = 128;

    private PromiseListLayout() {
    }

    static String partId(String coupleId, long n) {
        return coupleId + ":" + (n / PART_SIZE);
    }

    /** The ids of the parts of a couple that made {@code count} promises, oldest first. */
    static List<String> partIds(String coupleId, long count) {
        List<String> ids = new ArrayList<>();
        for (long n = 0; n < count; n += PART_SIZE) {
            ids.add(partId(coupleId, n));
        }
        return ids;
    }

    static int position(long n) {
        return (int) (n % PART_SIZE);
    }

    /** A promise just made, as its list item: the description stays sealed. */
    static Document item(long n, PromiseState promise, Instant madeAt, long sequence) {
        return new Document("n", n)
                .append("promiseId", promise.promiseId())
                .append("promiserId", promise.promiserId())
                .append("promiseeId", promise.promiseeId())
                .append("description", new Document(promise.description().fields()))
                .append("dueAt", date(promise.dueAt()))
                .append("status", promise.status().name())
                .append("madeAt", date(madeAt))
                .append("closedAt", null)
                .append("seq", sequence);
    }

    /** The item as the list answers it, its description opened with the couple's key. */
    static PromiseSummary summary(String coupleId, Document item, Vault vault) {
        String promiseId = item.getString("promiseId");
        Sealed description = Sealed.from(item.get("description", Document.class));
        return new PromiseSummary(promiseId, item.getString("promiserId"), item.getString("promiseeId"),
                vault.open(Promise.descriptionOf(coupleId, promiseId), description), instant(item, "dueAt"),
                PromiseStatus.valueOf(item.getString("status")), instant(item, "madeAt"), instant(item, "closedAt"));
    }

    // Date.from refuses an instant beyond what BSON dates hold: such an event cannot be listed and is parked.
    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
