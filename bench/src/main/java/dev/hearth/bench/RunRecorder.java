package dev.hearth.bench;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/** What one measured run saw, recorded from many threads at once. */
final class RunRecorder {

    private final Queue<Double> makeMillis = new ConcurrentLinkedQueue<>();
    private final Queue<Double> keepMillis = new ConcurrentLinkedQueue<>();
    private final Queue<Double> lagMillis = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder pairs = new LongAdder();
    private final LongAdder lagTimeouts = new LongAdder();
    private final AtomicLong lastCompletion = new AtomicLong(Long.MIN_VALUE);

    void make(long scheduledNanos, long completedNanos, String outcome, boolean ok) {
        makeMillis.add(OpenLoop.latencyNanos(scheduledNanos, completedNanos) / 1e6);
        completed(completedNanos, outcome, ok);
    }

    void keep(long sentNanos, long completedNanos, String outcome, boolean ok) {
        keepMillis.add(OpenLoop.latencyNanos(sentNanos, completedNanos) / 1e6);
        completed(completedNanos, outcome, ok);
        if (ok) {
            pairs.increment();
        }
    }

    void lag(long nanos) {
        lagMillis.add(nanos / 1e6);
    }

    void lagTimedOut() {
        lagTimeouts.increment();
    }

    private void completed(long completedNanos, String outcome, boolean ok) {
        lastCompletion.accumulateAndGet(completedNanos, Math::max);
        if (!ok) {
            errors.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }
    }

    /**
     * The run's numbers. Throughput divides what completed by the time from the schedule's start
     * to the last answer (at least the scheduled duration), so a backlog lowers it.
     */
    RunResult result(int run, long startNanos, long durationNanos, long storeEventsAtStart, LagHistogram serverLag) {
        long elapsed = Math.max(durationNanos, lastCompletion.get() - startNanos);
        double seconds = elapsed / 1e9;
        double[] all = Stream.concat(makeMillis.stream(), keepMillis.stream())
                .mapToDouble(Double::doubleValue).toArray();
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((outcome, count) -> errorCounts.put(outcome, count.sum()));
        return new RunResult(run, storeEventsAtStart, seconds, pairs.sum() / seconds,
                (makeMillis.size() + keepMillis.size()) / seconds,
                Percentiles.of(makeMillis), Percentiles.of(keepMillis), Percentiles.of(all), errorCounts,
                Percentiles.of(lagMillis), lagTimeouts.sum(),
                new Percentiles((int) serverLag.count(), serverLag.quantile(0.50) * 1000,
                        serverLag.quantile(0.95) * 1000, serverLag.quantile(0.99) * 1000, Double.NaN));
    }
}
