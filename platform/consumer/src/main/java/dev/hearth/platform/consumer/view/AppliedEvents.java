package dev.hearth.platform.consumer.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a document has applied, in bounded space (docs/architecture.md): the highest offset per the one
 * partition that writes it, which stops re-reads after a crash or rebalance, and a ring of the ids
 * ({@code aggregateId:sequence}) of its last {@value #RING} events, which stops the outbox's re-sends
 * (the same event at a new offset, at most one publisher batch later). Never the whole history.
 */
final class AppliedEvents {

    /** More than two publisher batches (of 50 by default) of one couple's events. */
    static final int RING = 128;

    static final String FIELD = "_applied";

    private int partition;
    private long offset;
    private final Deque<String> recent;

    private AppliedEvents(int partition, long offset, Deque<String> recent) {
        this.partition = partition;
        this.offset = offset;
        this.recent = recent;
    }

    static AppliedEvents none() {
        return new AppliedEvents(-1, -1, new ArrayDeque<>());
    }

    static AppliedEvents of(@Nullable Document stored) {
        if (stored == null || !(stored.get(FIELD) instanceof Document applied)) {
            return none();
        }
        return new AppliedEvents(applied.getInteger("p", -1), applied.get("o", Number.class).longValue(),
                new ArrayDeque<>(applied.getList("recent", String.class, List.of())));
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
        if (!recent.contains(eventId)) {
            recent.addLast(eventId);
            while (recent.size() > RING) {
                recent.removeFirst();
            }
        }
    }

    /** A re-read still moves the position, so a later re-read of the same records is stopped by the offset alone. */
    void passed(int recordPartition, long recordOffset) {
        if (recordPartition != partition || recordOffset > offset) {
            partition = recordPartition;
            offset = recordOffset;
        }
    }

    Document toDocument() {
        return new Document("p", partition).append("o", offset).append("recent", new ArrayList<>(recent));
    }
}
