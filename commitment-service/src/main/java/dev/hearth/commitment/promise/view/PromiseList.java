package dev.hearth.commitment.promise.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import dev.hearth.platform.problem.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Pages through a couple's promises, newest first, from the list view ({@link PromiseListLayout}):
 * the couple's index and then its parts, newest first, read by {@code _id} a few at a time (the parts a
 * page of its size needs, in one batched read). A page reads at most
 * {@value #MAX_PARTS_PER_PAGE} parts: when a filter leaves few matches among many promises, the page
 * may come back short with a {@code next} to go on from. Eventually consistent: a promise made a few
 * milliseconds ago may not be listed yet (the single promise, read from the event store, always is).
 * Descriptions are opened with the couple's key as the page is made.
 */
@Component
public class PromiseList {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** 50 parts of 10: a filtered page scans at most 500 promises (about 170 kB read). */
    static final int MAX_PARTS_PER_PAGE = 50;
    /** Parts read at once by {@link #open} and {@link #all}: a long history in bounded memory. */
    static final int PARTS_PER_READ = 50;

    private final ViewCollection parts;
    private final Vault vault;

    public PromiseList(@Qualifier("readModelDatabase") MongoDatabase database, Vault vault) {
        this.vault = vault;
        this.parts = ViewCollection.named(database, ViewLayouts.collectionName(PromiseListLayout.PARTS, PromiseListLayout.VERSION));
    }

    /**
     * @param filter which promises to list
     * @param limit  page size, 1 to {@value #MAX_LIMIT}
     * @param cursor the {@code next} of the previous page, or null for the first
     */
    public PromisePage page(String coupleId, PromiseFilter filter, int limit, @Nullable String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Rejection.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Optional<Document> index = parts.find(coupleId);
        long count = index.map(document -> document.get("count", Number.class).longValue()).orElse(0L);
        long from = cursor == null ? count - 1 : Cursor.decode(cursor, coupleId).after() - 1;

        List<PromiseSummary> items = new ArrayList<>();
        Map<String, List<Document>> read = new HashMap<>();
        long n = Math.min(from, count - 1);
        for (; n >= 0; n--) {
            String partId = PromiseListLayout.partId(coupleId, n);
            if (!read.containsKey(partId)) {
                if (read.size() == MAX_PARTS_PER_PAGE) {
                    break;
                }
                // This part and the older ones the rest of the page needs if the filter takes them all.
                int wanted = Math.min((limit - items.size()) / PromiseListLayout.PART_SIZE + 2, MAX_PARTS_PER_PAGE - read.size());
                readParts(coupleId, n, wanted, read);
            }
            List<Document> part = read.get(partId);
            int position = PromiseListLayout.position(n);
            if (position >= part.size()) {
                continue;
            }
            // Filtered before the description is opened: only what is listed is decrypted.
            if (filter.matches(part.get(position))) {
                if (items.size() == limit) {
                    // One more match than the page holds: the next page starts with it.
                    return new PromisePage(items, new Cursor(coupleId, n + 1).encode());
                }
                items.add(PromiseListLayout.summary(coupleId, part.get(position), vault));
            }
        }
        // Stopped before the oldest promise (the parts a page may read were read): go on from there.
        return new PromisePage(items, n >= 0 ? new Cursor(coupleId, n + 1).encode() : null);
    }

    /**
     * The ids of the couple's promises the list shows open: its index and each of its parts by
     * {@code _id}, however many other couples there are.
     */
    public List<String> open(String coupleId) {
        return promiseIds(coupleId, item -> PromiseStatus.OPEN.name().equals(item.getString("status")));
    }

    /** The ids of every promise the couple's list shows, oldest first, read like {@link #open}. */
    public List<String> all(String coupleId) {
        return promiseIds(coupleId, item -> true);
    }

    private List<String> promiseIds(String coupleId, Predicate<Document> which) {
        long count = parts.find(coupleId).map(index -> index.get("count", Number.class).longValue()).orElse(0L);
        List<String> ids = new ArrayList<>();
        List<String> allParts = PromiseListLayout.partIds(coupleId, count);
        for (int from = 0; from < allParts.size(); from += PARTS_PER_READ) {
            List<String> partIds = allParts.subList(from, Math.min(allParts.size(), from + PARTS_PER_READ));
            Map<String, Document> found = parts.findAll(partIds);
            partIds.forEach(partId -> items(found.get(partId)).stream().filter(which)
                    .forEach(item -> ids.add(item.getString("promiseId"))));
        }
        return ids;
    }

    /** Reads the part of promise {@code n} and up to {@code wanted - 1} older ones in one batched read. */
    private void readParts(String coupleId, long n, int wanted, Map<String, List<Document>> read) {
        List<String> partIds = new ArrayList<>();
        for (long m = n; m >= 0 && partIds.size() < wanted; m -= PromiseListLayout.PART_SIZE) {
            String partId = PromiseListLayout.partId(coupleId, m);
            if (!read.containsKey(partId)) {
                partIds.add(partId);
            }
        }
        Map<String, Document> found = parts.findAll(partIds);
        partIds.forEach(partId -> read.put(partId, items(found.get(partId))));
    }

    private static List<Document> items(@Nullable Document part) {
        return part == null ? List.of() : part.getList("items", Document.class);
    }

    /**
     * Where the next page starts: below promise number {@code after} of the couple it was handed out
     * for. Opaque to clients; a cursor of another couple, or not one of ours, is a 400.
     */
    record Cursor(String coupleId, long after) {

        String encode() {
            String raw = "p:" + after + ":" + coupleTag(coupleId);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, String coupleId) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                if (parts.length != 3 || !parts[0].equals("p") || !parts[2].equals(coupleTag(coupleId))) {
                    throw new IllegalArgumentException("not a cursor of this couple's list");
                }
                long after = Long.parseLong(parts[1]);
                if (after < 0) {
                    throw new IllegalArgumentException("negative position");
                }
                return new Cursor(coupleId, after);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("cursor", "cursor is not one this service handed out");
            }
        }

        // Enough of the couple to tell a cursor of another list; nothing a client could use.
        private static String coupleTag(String coupleId) {
            return Integer.toHexString(coupleId.hashCode());
        }
    }
}
