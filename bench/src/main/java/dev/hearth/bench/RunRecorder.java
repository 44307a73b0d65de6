package dev.hearth.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/** What one measured run saw, recorded from many threads at once. */
final class RunRecorder {

    private final Queue<Double> makeMillis = new ConcurrentLinkedQueue<>();
    private final Queue<Double> keepMillis = new ConcurrentLinkedQueue<>();
    private final Queue<Double> lagMillis = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder scheduledPairs = new LongAdder();
    private final LongAdder completedCommands = new LongAdder();
    private final LongAdder pairs = new LongAdder();
    private final LongAdder lagTimeouts = new LongAdder();
    private final AtomicLong lastCompletion = new AtomicLong(Long.MIN_VALUE);
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    /** One measured command: when it was due (make: scheduled; keep: sent), when its answer came, what it was. */
    private record Answer(long sentNanos, long completedNanos, String command, String outcome) {}

    void scheduled() {
        scheduledPairs.increment();
    }

    void make(long scheduledNanos, long completedNanos, String outcome, boolean ok) {
        makeMillis.add(OpenLoop.latencyNanos(scheduledNanos, completedNanos) / 1e6);
        answers.add(new Answer(scheduledNanos, completedNanos, "make", outcome));
        completed(completedNanos, outcome, ok);
    }

    void keep(long sentNanos, long completedNanos, String outcome, boolean ok) {
        keepMillis.add(OpenLoop.latencyNanos(sentNanos, completedNanos) / 1e6);
        answers.add(new Answer(sentNanos, completedNanos, "keep", outcome));
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
        if (ok) {
            completedCommands.increment();
        } else {
            errors.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }
    }

    /**
     * Every measured command as CSV, in the order sent: the wall-clock time it was due (epoch ms, so it
     * lines up with the servers' GC logs and a {@code /proc} sampler), its latency, its command and
     * outcome. A diagnostic for where in a window the tail falls; not part of the result.
     */
    void writeAnswers(Path file) throws IOException {
        long epochNanosAtZero = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("sent_epoch_ms,latency_ms,command,outcome\n");
            for (Answer answer : answers.stream().sorted(Comparator.comparingLong(Answer::sentNanos)).toList()) {
                out.write(String.format(Locale.ROOT, "%.3f,%.3f,%s,%s%n", (epochNanosAtZero + answer.sentNanos()) / 1e6,
                        OpenLoop.latencyNanos(answer.sentNanos(), answer.completedNanos()) / 1e6, answer.command(), answer.outcome()));
            }
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
        long sent = makeMillis.size() + keepMillis.size();
        return new RunResult(run, storeEventsAtStart, durationNanos / 1e9, seconds, pairs.sum() / seconds, sent / seconds,
                2 * scheduledPairs.sum(), sent, completedCommands.sum(),
                Percentiles.of(makeMillis), Percentiles.of(keepMillis), Percentiles.of(all), errorCounts,
                Percentiles.of(lagMillis), lagTimeouts.sum(), p99CountingTimeouts(lagMillis, lagTimeouts.sum()),
                new Percentiles((int) serverLag.count(), serverLag.quantile(0.50) * 1000,
                        serverLag.quantile(0.95) * 1000, serverLag.quantile(0.99) * 1000, Double.NaN));
    }

    /**
     * The p99 of polled lags where a poll that gave up counts as infinitely late, so that timeouts
     * cannot make a p99 look good; NaN without any sample.
     */
    static double p99CountingTimeouts(Iterable<Double> lags, long timeouts) {
        DoubleStream.Builder values = DoubleStream.builder();
        lags.forEach(values::add);
        for (long i = 0; i < timeouts; i++) {
            values.add(Double.POSITIVE_INFINITY);
        }
        return Percentiles.of(values.build().toArray()).p99();
    }
}
