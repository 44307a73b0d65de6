package dev.hearth.bench;

import java.util.Map;

/**
 * One measured run. Latencies and lags are in milliseconds; {@code serverLag} is estimated from
 * insights' histogram buckets (its {@code count} is the number of events applied in the run).
 */
record RunResult(int run, long storeEventsAtStart, double seconds, double pairsPerSecond, double requestsPerSecond,
                 Percentiles make, Percentiles keep, Percentiles all, Map<String, Long> errors,
                 Percentiles clientLag, long clientLagTimeouts, Percentiles serverLag) {

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
