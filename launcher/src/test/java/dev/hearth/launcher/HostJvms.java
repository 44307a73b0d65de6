package dev.hearth.launcher;

import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.LogTail;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starts the launcher's host JVMs the way {@link Platform} does, for tests of one host at a time. */
public final class HostJvms {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private HostJvms() {
    }

    /** Starts {@code main} with its output appended to {@code log}; stdin stays a pipe (the lifeline). */
    public static Process start(String component, Class<?> main, List<String> arguments, Path log) throws IOException {
        List<String> options = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=dev/hearth/launcher/host-logback.xml");
        List<String> command = HostJvm.command(component, log.getParent(), options, System.getProperty("java.class.path"),
                main, new ArrayList<>(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Waits until {@code ready}, failing with the log's end if the process dies or time runs out. */
    public static void awaitReady(Process process, BooleanSupplier ready, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("exited with " + process.exitValue() + ":\n" + LogTail.of(log, 40));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not ready in " + READY_TIMEOUT + ":\n" + LogTail.of(log, 40));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
