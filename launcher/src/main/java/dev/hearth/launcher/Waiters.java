package dev.hearth.launcher;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Threads that mostly wait (for a port, a readiness probe, an exit): not the common pool, which
 * has a single thread on a 2-core machine.
 */
final class Waiters {

    static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hearth-launcher-wait");
        thread.setDaemon(true);
        return thread;
    });

    private Waiters() {
    }

    static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
