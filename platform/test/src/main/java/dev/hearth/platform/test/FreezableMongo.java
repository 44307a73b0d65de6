package dev.hearth.platform.test;

import dev.hearth.platform.local.FreePorts;
import dev.hearth.platform.local.MongoMain;
import dev.hearth.platform.local.ParentWatchdog;
import dev.hearth.platform.local.ProcessControl;
import dev.hearth.platform.local.Tcp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Mongo wire server in a JVM of its own ({@link MongoMain}, the host {@code ./hearth} runs, over a
 * store in a temporary folder), for tests of what a service does when its read-model database stops
 * answering: {@link #freeze()} stops the process (SIGSTOP), so its connections stay open and silent
 * as a hung or cut-off server's do, and {@link #thaw()} lets it go on (SIGCONT). The servers of
 * {@link TestMongo} run inside the test's JVM and cannot be stopped this way. The process ends with
 * the test JVM, however that ends (its stdin is the lifeline).
 */
public record FreezableMongo(Process process, int port, Path log) implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /** Starts the server on a free port and waits until it accepts connections. */
    public static FreezableMongo start() {
        try {
            Path directory = Files.createTempDirectory("hearth-freezable-mongo");
            int port = FreePorts.next();
            Path log = directory.resolve("mongo.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), MongoMain.class.getName(),
                    "--file", directory.resolve("store.mv").toString(), "--port", Integer.toString(port),
                    "--cache-mb", "16", ParentWatchdog.FLAG);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            FreezableMongo mongo = new FreezableMongo(process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "freezable-mongo-stop"));
            mongo.awaitReady();
            return mongo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Mongo wire server in its own JVM", e);
        }
    }

    /** {@code mongodb://localhost:<port>}. */
    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** SIGSTOP: the server stops answering, its connections and port stay open. */
    public void freeze() {
        ProcessControl.signal(process.pid(), "STOP");
    }

    /** SIGCONT: the server goes on where it stopped. */
    public void thaw() {
        ProcessControl.signal(process.pid(), "CONT");
    }

    /** Thaws the server (a stopped process cannot handle SIGTERM) and stops it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            thaw();
            ProcessControl.stop(process.pid(), Duration.ofSeconds(30));
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!Tcp.answers(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the Mongo wire server did not start:\n" + tail());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the Mongo wire server started", e);
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
