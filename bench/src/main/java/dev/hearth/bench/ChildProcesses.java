package dev.hearth.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The JVMs the bench starts beside the platform (a rebuilding insights-service, bare Reactor Netty). */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Asks {@code process} to stop, and kills it if it has not within {@code grace}. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
