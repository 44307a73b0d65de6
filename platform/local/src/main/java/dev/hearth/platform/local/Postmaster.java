package dev.hearth.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The PostgreSQL server process of a data directory, found through its {@code postmaster.pid}.
 *
 * <p>Why: pg_ctl detaches the server from the JVM that started it, so a host JVM killed with
 * SIGKILL leaves the server running, and the next start would quietly connect to that leftover.
 * Before a start, and after a stop, the leftover is stopped with a fast shutdown.
 */
public final class Postmaster {

    private static final String PID_FILE = "postmaster.pid";
    private static final Duration AFTER_IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);

    private Postmaster() {
    }

    /** The pid recorded in the data directory, if there is a pid file. */
    public static OptionalLong recordedPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataDirectory.resolve(PID_FILE), e);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The running server of this data directory, if there is one. */
    public static OptionalLong runningPid(Path dataDirectory) {
        OptionalLong pid = recordedPid(dataDirectory);
        if (pid.isPresent() && ProcessControl.isAlive(pid.getAsLong()) && isPostgres(pid.getAsLong()).orElse(false)) {
            return pid;
        }
        return OptionalLong.empty();
    }

    /**
     * Stops a server still running on {@code dataDirectory}: SIGINT (PostgreSQL's fast shutdown:
     * sessions are ended, the checkpoint is written), then SIGQUIT, then SIGKILL if it hangs.
     * A pid file whose pid now belongs to another program is removed, since PostgreSQL would
     * refuse to start over it.
     */
    public static Leftover stopLeftover(Path dataDirectory, Duration grace) {
        OptionalLong recorded = recordedPid(dataDirectory);
        if (recorded.isEmpty()) {
            return Leftover.NONE;
        }
        long pid = recorded.getAsLong();
        if (!ProcessControl.isAlive(pid)) {
            // PostgreSQL itself discards a pid file whose process is gone.
            return Leftover.NONE;
        }
        Optional<Boolean> postgres = isPostgres(pid);
        if (postgres.isEmpty()) {
            return Leftover.UNKNOWN_PROCESS;
        }
        if (!postgres.get()) {
            deletePidFile(dataDirectory);
            return Leftover.RECYCLED_PID;
        }
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        ProcessControl.signal(pid, "INT");
        if (ProcessControl.awaitExit(server, grace)) {
            return Leftover.STOPPED;
        }
        ProcessControl.signal(pid, "QUIT");
        if (!ProcessControl.awaitExit(server, AFTER_IMMEDIATE_SHUTDOWN)) {
            server.destroyForcibly();
            ProcessControl.awaitExit(server, AFTER_IMMEDIATE_SHUTDOWN);
        }
        return Leftover.KILLED;
    }

    private static Optional<Boolean> isPostgres(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres")));
    }

    private static void deletePidFile(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDirectory.resolve(PID_FILE), e);
        }
    }

    /** What {@link #stopLeftover(Path, Duration)} found. */
    public enum Leftover {
        /** No server was running on the data directory. */
        NONE,
        /** A leftover server stopped with a fast shutdown. */
        STOPPED,
        /** A leftover server that did not stop in time and was killed. */
        KILLED,
        /** The pid file named a live process that is not PostgreSQL; the file was removed. */
        RECYCLED_PID,
        /** The pid file names a live process this system does not describe; left alone. */
        UNKNOWN_PROCESS
    }
}
