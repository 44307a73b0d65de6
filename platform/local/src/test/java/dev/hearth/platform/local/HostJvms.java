package dev.hearth.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts host JVMs ({@link PostgresMain}, {@link MongoMain}) the way the launcher does, for tests of one host at a
 * time, and stops those a test started after it (register it with {@code @RegisterExtension}).
 */
final class HostJvms implements AfterEachCallback {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final List<Process> started = new ArrayList<>();

    /**
     * Starts {@code main} with {@code arguments} (and the stdin lifeline flag when it is to exit with its parent),
     * its output in {@code log}, and waits until {@code ready}.
     */
    Process startReady(Class<?> main, List<String> arguments, boolean exitWithParent, Path log, BooleanSupplier ready)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(arguments);
        if (exitWithParent) {
            all.add("--exit-on-stdin-eof");
        }
        Process host = start(main, all, log);
        started.add(host);
        awaitReady(host, ready, log);
        return host;
    }

    /** Stops every host started so far (SIGTERM, then a kill after the grace period). */
    void stopAll() {
        started.forEach(host -> ProcessControl.stop(host.pid(), STOP_GRACE));
        started.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopAll();
    }

    /** Starts {@code main} with its output appended to {@code log}; stdin stays a pipe (the lifeline). */
    private static Process start(Class<?> main, List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Waits until {@code ready}, failing with the log's end if the process dies or time runs out. */
    private static void awaitReady(Process process, BooleanSupplier ready, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("exited with " + process.exitValue() + ":\n" + tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not ready in " + READY_TIMEOUT + ":\n" + tail(log));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
