package dev.hearth.platform.publisher;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the outbox is behind: events in the store that the publisher has not yet sent and seen
 * acknowledged, as the newest stored position minus the publisher's committed position. Read
 * through the gauge {@value PublisherMetrics#LAG_METER}.
 *
 * <p>Measuring costs two small reads (the newest {@code globalindex}; the processor's position,
 * usually from memory), so a reading is kept for {@code cacheFor} and a scrape during a refresh gets
 * the previous reading instead of starting another one: many scrapers cost one query a second.
 * Positions are global indexes, so the lag also counts events the publisher skips (kept private)
 * and indexes burnt by rolled-back appends between the two positions; when caught up it is 0.
 * NaN means the store could not be read.
 */
final class PublisherLag {

    private static final Logger log = LoggerFactory.getLogger(PublisherLag.class);

    private final LongSupplier newestStored;
    private final LongSupplier publishedUpTo;
    private final Duration cacheFor;
    private final LongSupplier nanoTime;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile @Nullable Reading last;

    /**
     * @param newestStored  the position of the newest stored event, 0 for an empty store
     * @param publishedUpTo the position up to which the publisher committed, 0 before its first batch
     */
    PublisherLag(LongSupplier newestStored, LongSupplier publishedUpTo, Duration cacheFor, LongSupplier nanoTime) {
        this.newestStored = newestStored;
        this.publishedUpTo = publishedUpTo;
        this.cacheFor = cacheFor;
        this.nanoTime = nanoTime;
    }

    double eventsBehind() {
        Reading current = last;
        if (current != null && nanoTime.getAsLong() - current.at() < cacheFor.toNanos()) {
            return current.events();
        }
        if (!refreshing.compareAndSet(false, true)) {
            return current == null ? Double.NaN : current.events();
        }
        try {
            double events = measure();
            last = new Reading(events, nanoTime.getAsLong());
            return events;
        } finally {
            refreshing.set(false);
        }
    }

    private double measure() {
        try {
            // The position first: events stored meanwhile can only make the reading larger, never negative.
            long published = publishedUpTo.getAsLong();
            long newest = newestStored.getAsLong();
            return Math.max(0, newest - published);
        } catch (RuntimeException e) {
            log.debug("Cannot measure the publisher's lag", e);
            return Double.NaN;
        }
    }

    private record Reading(double events, long at) {
    }
}
