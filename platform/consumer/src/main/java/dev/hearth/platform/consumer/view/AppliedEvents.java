package dev.hearth.platform.consumer.view;

import dev.hearth.platform.mongo.DigestRing;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;

/**
 * What a document has applied, in bounded space (docs/architecture.md): the highest offset per the one
 * partition that writes it, which stops re-reads after a crash or rebalance, and a ring of its last
 * {@value #RING} events, which stops the outbox's re-sends (the same event at a new offset, at most one
 * publisher batch later). Never the whole history.
 *
 * <p>The ring holds a 64-bit digest of each event id ({@code aggregateId:sequence}) ({@link DigestRing}):
 * the ids themselves took about 6 kB of every view document, written again on every poll. Two of the
 * last 128 ids sharing a digest (a re-send mistaken for one, or an event for a re-send) has a chance of
 * about 128 in 2⁶⁴ per event. A document written with the ids themselves ({@code recent}) is read as
 * their digests.
 */
public final class AppliedEvents {

    /** More than two publisher batches (of 50 by default) of one couple's events. */
    static final int RING = 128;

    static final String FIELD = "_applied";
    static final String RING_FIELD = "r";
    /** The ring as the ids themselves, as documents were written before the digests. */
    private static final String IDS_FIELD = "recent";

    private int partition;
    private long offset;
    private final DigestRing recent;

    private AppliedEvents(int partition, long offset, DigestRing recent) {
        this.partition = partition;
        this.offset = offset;
        this.recent = recent;
    }

    static AppliedEvents none() {
        return new AppliedEvents(-1, -1, DigestRing.empty(RING));
    }

    /** What a stored document applied (nothing, for none or one written before this bookkeeping). */
    public static AppliedEvents of(@Nullable Document stored) {
        if (stored == null || !(stored.get(FIELD) instanceof Document applied)) {
            return none();
        }
        DigestRing ring = applied.get(RING_FIELD) instanceof Binary ? DigestRing.of(RING, applied.get(RING_FIELD))
                : DigestRing.ofIds(RING, applied.getList(IDS_FIELD, String.class, List.of()));
        return new AppliedEvents(applied.getInteger("p", -1), applied.get("o", Number.class).longValue(), ring);
    }

    /** True when the event ({@code aggregateId:sequence}) is among the document's last applied ones. */
    public boolean holds(String eventId) {
        return recent.contains(eventId);
    }

    /** True when this record, or this event under another offset, was applied before. */
    boolean seen(int recordPartition, long recordOffset, String eventId) {
        return (recordPartition == partition && recordOffset <= offset) || recent.contains(eventId);
    }

    /** Records the position, and the event among the recent ones. */
    void applied(int recordPartition, long recordOffset, String eventId) {
        if (recordPartition != partition || recordOffset > offset) {
            partition = recordPartition;
            offset = recordOffset;
        }
        recent.add(eventId);
    }

    /** A re-read still moves the position, so a later re-read of the same records is stopped by the offset alone. */
    void passed(int recordPartition, long recordOffset) {
        if (recordPartition != partition || recordOffset > offset) {
            partition = recordPartition;
            offset = recordOffset;
        }
    }

    Document toDocument() {
        return new Document("p", partition).append("o", offset).append(RING_FIELD, recent.toBinary());
    }
}
