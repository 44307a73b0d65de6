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

/** Starts a host JVM ({@link PostgresMain}, {@link MongoMain}) the way the launcher does, for tests of one host at a time. */
final class HostJvms {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private HostJvms() {
    }

    /** Starts {@code main} with its output appended to {@code log}; stdin stays a pipe (the lifeline). */
    static Process start(Class<?> main, List<String> arguments, Path log) throws IOException {
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
    static void awaitReady(Process process, BooleanSupplier ready, Path log) throws InterruptedException {
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
