package dev.hearth.launcher;

import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.kafka.KafkaProbe;
import dev.hearth.launcher.process.LogTail;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting until components are ready, within one deadline for a whole {@code up}. A component
 * that dies while starting, or is not ready in time, becomes a failure that names it and ends
 * with its log.
 */
record ReadinessWait(PlatformHome home, Duration timeout, long deadline, Progress progress) {

    static final int LOG_TAIL_LINES = 15;
    private static final Duration POLL = Duration.ofMillis(250);

    /** A wait whose deadline is {@code timeout} from now. */
    static ReadinessWait startingNow(PlatformHome home, Duration timeout, Progress progress) {
        return new ReadinessWait(home, timeout, System.nanoTime() + timeout.toNanos(), progress);
    }

    /** What is left until the deadline, at least a second (the broker's own start timeout). */
    Duration remaining() {
        return Duration.ofNanos(Math.max(TimeUnit.SECONDS.toNanos(1), deadline - System.nanoTime()));
    }

    /** Waits for a process this platform started. */
    void untilReady(Component component, Process process, BooleanSupplier ready) {
        untilReady(component, process::isAlive, () -> "exited with code " + process.exitValue() + " while starting",
                ready);
    }

    /**
     * Polls {@code ready} until it holds.
     *
     * @param death why the component is not alive, once it is not
     * @throws PlatformStartException if the component dies first or the deadline passes
     */
    void untilReady(Component component, BooleanSupplier alive, Supplier<String> death, BooleanSupplier ready) {
        while (true) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (!alive.getAsBoolean()) {
                throw failure(component, death.get());
            }
            if (System.nanoTime() > deadline) {
                throw failure(component, "not ready within " + timeout.toSeconds() + " s (it keeps running)");
            }
            Waiters.sleep(POLL);
        }
    }

    /**
     * Waits until {@code group} has its partitions assigned, so the first request after {@code up}
     * is not lost in a rebalance. A group that does not exist {@code grace} after the start of the
     * wait is skipped with a warning (insights without a consumer yet).
     */
    Optional<Failure> untilAssigned(Ports ports, String group, Duration grace) {
        long graceEnd = System.nanoTime() + grace.toNanos();
        try (KafkaProbe kafka = new KafkaProbe("localhost:" + ports.kafka())) {
            while (true) {
                KafkaProbe.GroupView view = kafka.consumerGroup(group);
                if (view.assigned()) {
                    progress.say(String.format(Locale.ROOT, "%-19s %s", "insights consumer", view));
                    return Optional.empty();
                }
                if (!view.exists() && System.nanoTime() > graceEnd) {
                    progress.say("WARNING: consumer group " + group + " does not exist " + grace.toSeconds()
                            + " s after insights-service is ready (no Kafka consumer yet?): not waiting for its assignment");
                    return Optional.empty();
                }
                if (System.nanoTime() > deadline) {
                    Path log = home.logFile(Component.INSIGHTS);
                    return Optional.of(new Failure(Component.INSIGHTS, "consumer group " + group
                            + " not assigned within " + timeout.toSeconds() + " s: " + view, log,
                            LogTail.of(log, LOG_TAIL_LINES)));
                }
                Waiters.sleep(POLL);
            }
        }
    }

    PlatformStartException failure(Component component, String reason) {
        return new PlatformStartException(List.of(failureOf(home, component, reason)));
    }

    /** A failure of {@code component} with the end of its log (the broker's own log for Kafka). */
    static Failure failureOf(PlatformHome home, Component component, String reason) {
        Path log = new Endpoints(home, Ports.defaults()).logFile(component);
        return new Failure(component, reason, log, LogTail.of(log, LOG_TAIL_LINES));
    }
}
