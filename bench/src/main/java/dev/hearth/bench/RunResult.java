package dev.hearth.bench;

import java.util.Map;

/**
 * One measured run or sweep step. Latencies and lags are in milliseconds; {@code serverLag} is
 * estimated from insights' histogram buckets (its {@code count} is the number of events applied).
 * Commands are makes and keeps: {@code offeredCommands} is two per pair scheduled in the window,
 * {@code sentCommands} the makes and keeps actually sent (a keep only follows a 201), and
 * {@code completedCommands} those answered 201/200. {@code errors} holds every other outcome by
 * status, 429 included; {@link #errorCount()} leaves 429 out, {@link #rateLimited()} is 429 alone.
 */
record RunResult(int run, long storeEventsAtStart, double durationSeconds, double seconds, double pairsPerSecond,
                 double requestsPerSecond, long offeredCommands, long sentCommands, long completedCommands,
                 Percentiles make, Percentiles keep, Percentiles all, Map<String, Long> errors,
                 Percentiles clientLag, long clientLagTimeouts, double clientLagP99CountingTimeouts, Percentiles serverLag) {

    static final String RATE_LIMITED = "429";

    long errorCount() {
        return errors.entrySet().stream().filter(e -> !e.getKey().equals(RATE_LIMITED)).mapToLong(Map.Entry::getValue).sum();
    }

    long rateLimited() {
        return errors.getOrDefault(RATE_LIMITED, 0L);
    }

    /** Commands offered per second of the measured schedule. */
    double offeredPerSecond() {
        return offeredCommands / durationSeconds;
    }

    /** Commands answered 2xx per second, over the window stretched to the last answer. */
    double completedPerSecond() {
        return completedCommands / seconds;
    }

    /** The completed rate over the offered one. */
    double completedShare() {
        return offeredCommands == 0 ? Double.NaN : completedPerSecond() / offeredPerSecond();
    }

    /**
     * Commands answered with an error status or a 429, or not answered (a timeout, a refused
     * connection), over the commands sent. A keep never sent because its make failed is not
     * counted twice; it shows in {@link #completedShare()}.
     */
    double failedShare() {
        return sentCommands == 0 ? Double.NaN : (double) (errorCount() + rateLimited()) / sentCommands;
    }
}
