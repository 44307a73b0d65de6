package dev.hearth.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reads a sweep's steps make beside their commands, made during the warm-up as well: each
 * service's Prometheus scrape every {@code --scrape-every}, and the couples' insights read through the
 * gateway as the keep→insight polls read it. Without them the first step was measured while every
 * process compiled that code: 0.3–0.4 of two cores in its compiler threads, the first step the dearest
 * of every sweep (docs/benchmarks.md, "Results: 2026-12-07 (night)").
 */
final class WarmReads implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(Threads.daemon("bench-warm-reads"));
    private final AtomicInteger scrapes = new AtomicInteger();
    private final AtomicInteger insightsReads = new AtomicInteger();

    private WarmReads() {
    }

    static WarmReads start(HearthApi api, MetricsScraper scraper, List<Couple> couples, Duration scrapeEvery) {
        WarmReads reads = new WarmReads();
        reads.timer.scheduleWithFixedDelay(() -> {
            scraper.services(new HashSet<>());
            scraper.insightsLag();
            reads.scrapes.incrementAndGet();
        }, 0, scrapeEvery.toNanos(), TimeUnit.NANOSECONDS);
        AtomicInteger next = new AtomicInteger();
        reads.timer.scheduleAtFixedRate(() -> api.insights(couples.get(Math.floorMod(next.getAndIncrement(), couples.size())))
                        .whenComplete((answer, failure) -> reads.insightsReads.incrementAndGet()),
                0, PairTraffic.POLL_INTERVAL.toNanos(), TimeUnit.NANOSECONDS);
        return reads;
    }

    /** What was read, for the warm-up's line of the report. */
    String detail() {
        return String.format(Locale.ROOT, "%d scrapes of the services, %d insights reads", scrapes.get(), insightsReads.get());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
