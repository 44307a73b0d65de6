package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewCollection;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * A list kept newest-first in time buckets (docs/architecture.md, "Read models at constant cost"):
 * a stream's items are appended to parts {@code <prefix>/<yyyy-MM>/<n>} of at most
 * {@value #PART_SIZE} items, each part naming the part before it ({@code prev}); the stream's head
 * document names its newest part; a locator per item ({@code _id} = the item's aggregate id) says
 * where it was filed. Every read and write is by {@code _id}, a page walks a few parts back from the
 * head, and nothing grows with history but the number of parts.
 *
 * <p>Written by an {@link AxonView}'s processor inside its batch ({@link ViewBatch}), one writer per
 * couple. Idempotent: an item keeps the last aggregate sequence applied to it ({@code _seq}), and a
 * create counts as done only when its locator is covered by the head ({@code count > n}). Parts are
 * written before locators and locators before heads, and an item's place follows from the head
 * alone, so a batch that failed half-way and is redone files every item at the same place again.
 */
public final class Timeline {

    public static final int PART_SIZE = 100;
    /** Bookkeeping fields of an item: its ordinal in its stream and the last aggregate sequence applied. */
    public static final String ORDINAL = "_n";
    public static final String SEQUENCE = "_seq";

    private static final int PARTS = 0;
    private static final int LOCATORS = 1;
    private static final int HEADS = 2;

    private final ViewCollection parts;
    private final ViewCollection locators;
    private final ViewCollection heads;
    private final int partSize;

    public Timeline(ViewCollection parts, ViewCollection locators, ViewCollection heads) {
        this(parts, locators, heads, PART_SIZE);
    }

    Timeline(ViewCollection parts, ViewCollection locators, ViewCollection heads, int partSize) {
        this.parts = parts;
        this.locators = locators;
        this.heads = heads;
        this.partSize = partSize;
    }

    /**
     * One list: its head document and the prefix of its parts.
     *
     * @param head   {@code _id} of the head, e.g. {@code <coupleId>/entries}
     * @param prefix of the parts' {@code _id}s, e.g. {@code <coupleId>} for {@code <coupleId>/2026-03/0}
     */
    public record Stream(String head, String prefix) {

        public String partId(String period, int number) {
            return prefix + "/" + period + "/" + number;
        }

        /** Whether {@code partId} is one of this stream's parts: what a cursor from a client may name. */
        public boolean owns(String partId) {
            return partId.startsWith(prefix + "/")
                    && PART_SUFFIX.matcher(partId.substring(prefix.length() + 1)).matches();
        }

        private static final Pattern PART_SUFFIX = Pattern.compile("\\d{4}-\\d{2}/\\d{1,9}");
    }

    /** Where a walk goes on: the item at {@code index} of {@code part}, then the older ones. */
    public record Position(String part, int index) {
    }

    /** The bucket of an instant: its month in UTC, {@code 2026-03}. */
    public static String period(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC)).toString();
    }

    // ---- writing, inside a processor batch

    /**
     * Files an item at the end of its stream, in the bucket of {@code period} (or the stream's newest
     * bucket, if that is later: a list never goes back in time).
     *
     * @return false when the item was filed before (a redelivered or replayed create)
     */
    public boolean file(Stream stream, String itemId, String period, Document item, long sequence) {
        ViewBatch partBatch = ViewBatch.of(parts, PARTS);
        ViewBatch locatorBatch = ViewBatch.of(locators, LOCATORS);
        ViewBatch headBatch = ViewBatch.of(heads, HEADS);
        Optional<Document> head = headBatch.find(stream.head());
        long count = head.map(h -> h.get("count", Number.class).longValue()).orElse(0L);
        Optional<Document> locator = locatorBatch.find(itemId);
        if (locator.isPresent() && locator.get().get("n", Number.class).longValue() < count) {
            return false;
        }

        String latestPeriod = head.map(h -> h.getString("period")).orElse(period);
        String bucket = period.compareTo(latestPeriod) > 0 ? period : latestPeriod;
        String partId;
        @Nullable String prev;
        int number;
        int index;
        if (head.isEmpty()) {
            number = 0;
            partId = stream.partId(bucket, number);
            prev = null;
            index = 0;
        } else {
            Document h = head.get();
            int latestNumber = h.getInteger("part");
            int size = h.getInteger("size");
            if (bucket.equals(latestPeriod) && size < partSize) {
                number = latestNumber;
                partId = h.getString("latest");
                prev = null;
                index = size;
            } else {
                number = bucket.equals(latestPeriod) ? latestNumber + 1 : 0;
                partId = stream.partId(bucket, number);
                prev = h.getString("latest");
                index = 0;
            }
        }

        Document part = index == 0
                ? new Document("_id", partId).append("prev", prev).append("items", new ArrayList<Document>())
                : partBatch.find(partId).orElseThrow(() -> new IllegalStateException("part " + partId + " is missing"));
        List<Document> items = new ArrayList<>(part.getList("items", Document.class));
        // Whatever lies beyond the head's count was written by a batch that did not finish: filed again here.
        List<Document> kept = new ArrayList<>(items.subList(0, Math.min(index, items.size())));
        kept.add(new Document(item).append(ORDINAL, count).append(SEQUENCE, sequence));
        partBatch.put(new Document(part).append("items", kept));
        locatorBatch.put(new Document("_id", itemId).append("part", partId).append("index", index).append("n", count)
                .append("head", stream.head()));
        headBatch.put(new Document("_id", stream.head()).append("latest", partId).append("period", bucket)
                .append("part", number).append("size", index + 1).append("count", count + 1));
        return true;
    }

    /** The item as filed (and changed so far in this batch), if it was. */
    public Optional<Document> item(String itemId) {
        return located(itemId).map(Located::item);
    }

    /**
     * Changes a filed item, unless this aggregate sequence was applied to it already.
     *
     * @return false for a redelivered or replayed event
     * @throws IllegalStateException when the item was never filed: the event cannot be applied (parked)
     */
    public boolean update(String itemId, long sequence, UnaryOperator<Document> change) {
        Located located = located(itemId).orElseThrow(() ->
                new IllegalStateException("an event of " + itemId + ", which was never filed"));
        if (located.item().get(SEQUENCE, Number.class).longValue() >= sequence) {
            return false;
        }
        ViewBatch partBatch = ViewBatch.of(parts, PARTS);
        Document part = partBatch.find(located.part()).orElseThrow();
        List<Document> items = new ArrayList<>(part.getList("items", Document.class));
        items.set(located.index(), new Document(change.apply(new Document(located.item()))).append(SEQUENCE, sequence)
                .append(ORDINAL, located.item().get(ORDINAL)));
        partBatch.put(new Document(part).append("items", items));
        return true;
    }

    /**
     * Deletes a whole stream by {@code _id}: the locators of its items first (at once, so a batch
     * that fails half-way is redone over parts that still name them), then, when the batch commits,
     * its parts, walked back from the head, and its head. Costs one read per part, whatever else the
     * collections hold; a stream that is gone already costs one read.
     *
     * @param head        the stream's head {@code _id} ({@link Stream#head()})
     * @param itemIdField the field of an item that holds its id (its locator's {@code _id})
     */
    public void drop(String head, String itemIdField) {
        ViewBatch partBatch = ViewBatch.of(parts, PARTS);
        ViewBatch locatorBatch = ViewBatch.of(locators, LOCATORS);
        ViewBatch headBatch = ViewBatch.of(heads, HEADS);
        Optional<Document> found = headBatch.find(head);
        if (found.isEmpty()) {
            return;
        }
        @Nullable String partId = found.get().getString("latest");
        while (partId != null) {
            Optional<Document> part = partBatch.find(partId);
            if (part.isEmpty()) {
                break;
            }
            List<String> itemIds = part.get().getList("items", Document.class, List.of()).stream()
                    .map(item -> item.getString(itemIdField)).toList();
            locators.deleteAll(itemIds);
            itemIds.forEach(locatorBatch::delete);
            partBatch.delete(partId);
            partId = part.get().getString("prev");
        }
        headBatch.delete(head);
    }

    /** Where an item was filed, within the batch's view of the documents. */
    public Optional<Position> position(String itemId) {
        return located(itemId).map(found -> new Position(found.part(), found.index()));
    }

    private Optional<Located> located(String itemId) {
        ViewBatch.of(parts, PARTS);
        Optional<Document> locator = ViewBatch.of(locators, LOCATORS).find(itemId);
        if (locator.isEmpty()) {
            return Optional.empty();
        }
        String partId = locator.get().getString("part");
        int index = locator.get().getInteger("index");
        List<Document> items = ViewBatch.of(parts, PARTS).find(partId).map(part -> part.getList("items", Document.class))
                .orElse(List.of());
        return index < items.size() ? Optional.of(new Located(items.get(index), partId, index)) : Optional.empty();
    }

    private record Located(Document item, String part, int index) {
    }

    // ---- reading

    /** Walks a stream newest first, from its head or from a position a previous page stopped at. */
    public Walk walk(Stream stream, @Nullable Position from) {
        return new Walk(stream, from);
    }

    /** Reads the part of a position and its item (for lists that keep their own references, such as open conflicts). */
    public Optional<Document> itemAt(Position position, Map<String, List<Document>> partsRead) {
        List<Document> items = partsRead.computeIfAbsent(position.part(), this::items);
        return position.index() < items.size() ? Optional.of(items.get(position.index())) : Optional.empty();
    }

    private List<Document> items(String partId) {
        return parts.find(partId).map(part -> part.getList("items", Document.class)).orElse(List.of());
    }

    /**
     * A stream's items, newest first, read a part at a time by {@code _id}. {@link #position()} is
     * where the next page starts; {@link #partsRead()} bounds what a page may cost.
     */
    public final class Walk {

        private List<Document> items = List.of();
        private @Nullable String part;
        private @Nullable String prev;
        private int index = -1;
        private int partsRead;

        private Walk(Stream stream, @Nullable Position from) {
            if (from != null) {
                load(from.part());
                index = Math.min(from.index(), items.size() - 1);
            } else {
                Optional<Document> head = heads.find(stream.head());
                if (head.isPresent()) {
                    load(head.get().getString("latest"));
                    index = Math.min(head.get().getInteger("size"), items.size()) - 1;
                }
            }
        }

        /** Parts are never empty, so a part before this one means more items. */
        public boolean hasNext() {
            return index >= 0 || prev != null;
        }

        public Document peek() {
            // The part before is read only when its first item is needed.
            while (index < 0 && prev != null) {
                load(prev);
                index = items.size() - 1;
            }
            if (index < 0) {
                throw new NoSuchElementException();
            }
            return items.get(index);
        }

        public Document next() {
            Document item = peek();
            index--;
            return item;
        }

        /** Where the next item is, or null when the stream is exhausted. */
        public @Nullable Position position() {
            if (index >= 0 && part != null) {
                return new Position(part, index);
            }
            return prev != null ? new Position(prev, Integer.MAX_VALUE) : null;
        }

        public int partsRead() {
            return partsRead;
        }

        private void load(String partId) {
            partsRead++;
            Optional<Document> found = parts.find(partId);
            part = partId;
            items = found.map(p -> p.getList("items", Document.class)).orElse(List.of());
            prev = found.map(p -> p.getString("prev")).orElse(null);
            if (found.isEmpty()) {
                index = -1;
            }
        }
    }

    /** A cache of parts for one page's reads. */
    public static Map<String, List<Document>> partsOfOnePage() {
        return new HashMap<>();
    }
}
