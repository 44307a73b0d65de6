package dev.hearth.commitment;

import java.util.concurrent.CountDownLatch;

/** Waits in a test and its worker threads: an interrupt is kept and ends the wait with an exception, never swallowed. */
final class Waiting {

    private Waiting() {
    }

    static void await(CountDownLatch latch) {
        uninterrupted(latch::await);
    }

    static void sleep(long millis) {
        uninterrupted(() -> Thread.sleep(millis));
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void uninterrupted(Wait wait) {
        try {
            wait.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
