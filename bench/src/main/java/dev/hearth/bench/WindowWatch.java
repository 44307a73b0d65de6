package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuSample;
import dev.hearth.bench.cpu.CpuSampler;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * What a measured window records beside the load: its starting state (CPU, insights' lag
 * histogram, the services' metrics, the store's size) when the measured schedule starts, then the
 * services' lags every {@code --scrape-every} until it ends — all on the scrape timer, off the
 * sending thread, so no send is delayed.
 */
final class WindowWatch {

    private final ScheduledExecutorService timer;
    private final CpuSampler cpu;
    private final MetricsScraper scraper;
    private final CompletableFuture<CpuSample> cpuAtStart = new CompletableFuture<>();
    private final CompletableFuture<LagHistogram> lagBefore = new CompletableFuture<>();
    private final CompletableFuture<ServiceMetrics> metricsBefore = new CompletableFuture<>();
    private final CompletableFuture<Long> eventsAtStart = new CompletableFuture<>();
    private final AtomicReference<ServiceMetrics> worst = new AtomicReference<>(ServiceMetrics.NONE);
    private final AtomicInteger scrapes = new AtomicInteger();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final ScheduledFuture<?> watching;
    private ServiceMetrics last = ServiceMetrics.NONE;

    private WindowWatch(ScheduledExecutorService timer, CpuSampler cpu, MetricsScraper scraper, LongSupplier storeEvents,
                        long measureStart, Duration every) {
        this.timer = timer;
        this.cpu = cpu;
        this.scraper = scraper;
        timer.schedule(() -> takeStart(storeEvents), Math.max(0, measureStart - System.nanoTime()), TimeUnit.NANOSECONDS);
        long period = every.toNanos();
        this.watching = timer.scheduleAtFixedRate(() -> {
            worst.accumulateAndGet(scraper.services(unreachable), ServiceMetrics::max);
            scrapes.incrementAndGet();
        }, Math.max(0, measureStart - System.nanoTime()) + period, period, TimeUnit.NANOSECONDS);
    }

    /** Takes the starting state at {@code measureStart} (System.nanoTime) and scrapes every {@code every} after it. */
    static WindowWatch start(ScheduledExecutorService timer, CpuSampler cpu, MetricsScraper scraper, LongSupplier storeEvents,
                             long measureStart, Duration every) {
        return new WindowWatch(timer, cpu, scraper, storeEvents, measureStart, every);
    }

    private void takeStart(LongSupplier storeEvents) {
        try {
            cpuAtStart.complete(cpu.sample());
            lagBefore.complete(scraper.insightsLag());
            ServiceMetrics first = scraper.services(unreachable);
            metricsBefore.complete(first);
            worst.set(first);
            scrapes.incrementAndGet();
            eventsAtStart.complete(storeEvents.getAsLong());
        } catch (RuntimeException e) {
            List.of(cpuAtStart, lagBefore, metricsBefore, eventsAtStart).forEach(future -> future.completeExceptionally(e));
        }
    }

    /** At the end of the schedule: the CPU sample at once (returned), then a last scrape once any running one is done. */
    CpuSample end() throws InterruptedException, ExecutionException {
        CpuSample cpuAtEnd = cpu.sample();
        watching.cancel(false);
        last = timer.submit(() -> scraper.services(unreachable)).get();
        worst.accumulateAndGet(last, ServiceMetrics::max);
        scrapes.incrementAndGet();
        return cpuAtEnd;
    }

    CpuSample cpuAtStart() throws InterruptedException, ExecutionException {
        return cpuAtStart.get();
    }

    LagHistogram lagBefore() throws InterruptedException, ExecutionException {
        return lagBefore.get();
    }

    long eventsAtStart() throws InterruptedException, ExecutionException {
        return eventsAtStart.get();
    }

    /** The worst lags of the window's scrapes and the dead letters added in it; after {@link #end()}. */
    Measured.Lags lags() throws InterruptedException, ExecutionException {
        return new Measured.Lags(worst.get(), ServiceMetrics.added(metricsBefore.get(), last), scrapes.get(), List.copyOf(unreachable));
    }
}
