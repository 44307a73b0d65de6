package dev.hearth.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Fires on a fixed schedule, whatever the answers do: send i is due at {@code start + i/rate}. A
 * send is never delayed by an earlier one; if this thread itself falls behind (a pause), the late
 * sends go out at once and still carry their scheduled time, so latency measured from it includes
 * the wait (no coordinated omission).
 */
final class OpenLoop {

    /** The time source, replaceable in tests. */
    interface Ticker {
        long nanoTime();

        void sleepUntil(long nanoTime);
    }

    static final Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadline) {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    };

    private final double ratePerSecond;
    private final Ticker ticker;

    OpenLoop(double ratePerSecond, Ticker ticker) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive: " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.ticker = ticker;
    }

    long now() {
        return ticker.nanoTime();
    }

    /** When send {@code index} (from 0) is due, for a schedule that started at {@code start}. */
    long scheduledAt(long start, long index) {
        return start + Math.round(index * 1_000_000_000d / ratePerSecond);
    }

    /** Runs the schedule that starts at {@code start} for {@code duration}, handing each send its scheduled time. */
    void run(long start, Duration duration, LongConsumer send) {
        long end = start + duration.toNanos();
        for (long index = 0; ; index++) {
            long due = scheduledAt(start, index);
            if (due - end >= 0) {
                return;
            }
            ticker.sleepUntil(due);
            send.accept(due);
        }
    }

    /** The latency of a request: from when it was due, not from when it happened to leave. */
    static long latencyNanos(long scheduledNanos, long completedNanos) {
        return completedNanos - scheduledNanos;
    }
}
