package dev.hearth.platform.local;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Processes by pid, including ones another JVM started (a later {@code ./hearth down}). */
public final class ProcessControl {

    /** After SIGKILL the kernel reaps at once; this only bounds a pathological wait. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private ProcessControl() {
    }

    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The process's command line, when the operating system tells it (always for our own user's
     * processes on Linux and macOS).
     */
    public static Optional<String> commandLine(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> {
            ProcessHandle.Info info = handle.info();
            Optional<String> full = info.commandLine();
            if (full.isPresent()) {
                return full;
            }
            return info.arguments().map(arguments -> info.command().orElse("") + " " + String.join(" ", arguments));
        });
    }

    /**
     * Whether one of the process's arguments is {@code marker}: tells our own process from an
     * unrelated one that took over a recycled pid. Empty when the arguments are not visible.
     */
    public static Optional<Boolean> carriesMarker(long pid, String marker) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().arguments()
                .map(arguments -> Arrays.asList(arguments).contains(marker))
                .or(() -> handle.info().commandLine().map(line -> line.contains(marker))));
    }

    /**
     * SIGTERM, then up to {@code grace} for the process to exit, then SIGKILL.
     *
     * @return how it ended: already gone, stopped by SIGTERM, or killed
     */
    public static Stopped stop(long pid, Duration grace) {
        Optional<ProcessHandle> found = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (found.isEmpty()) {
            return Stopped.NOT_RUNNING;
        }
        ProcessHandle process = found.get();
        process.destroy();
        if (awaitExit(process, grace)) {
            return Stopped.TERMINATED;
        }
        process.destroyForcibly();
        awaitExit(process, AFTER_KILL);
        return Stopped.KILLED;
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}, …) with the system's {@code kill}. */
    public static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill -" + signal + " " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + pid, e);
        }
    }

    /** Waits for the process to end; true if it did within {@code timeout}. */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** How {@link #stop(long, Duration)} ended. */
    public enum Stopped { NOT_RUNNING, TERMINATED, KILLED }
}
