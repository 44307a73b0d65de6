package dev.hearth.systemtest.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling with a deadline for what the platform does asynchronously (Kafka in between): never a fixed sleep. */
public final class Eventually {

    /**
     * Short, so that the time a change took is measured to about this much; 20 polls a second is
     * what the gateway's rate limit sustains for one user (20/s, bursts of 60).
     */
    public static final Duration INTERVAL = Duration.ofMillis(50);

    private Eventually() {
    }

    /** The first value that passed, and how long after the call it was seen. */
    public record Observed<T>(T value, Duration after) {
    }

    /**
     * Polls {@code probe} until {@code done} accepts its value.
     *
     * @throws AssertionError naming {@code what} and the last value when {@code within} has passed
     */
    public static <T> Observed<T> await(String what, Duration within, Supplier<T> probe, Predicate<T> done) {
        long began = System.nanoTime();
        long deadline = began + within.toNanos();
        while (true) {
            T last = probe.get();
            if (done.test(last)) {
                return new Observed<>(last, Duration.ofNanos(System.nanoTime() - began));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within.toMillis() + " ms; last seen: " + last);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
