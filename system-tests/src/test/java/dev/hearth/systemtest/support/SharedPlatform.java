package dev.hearth.systemtest.support;

import dev.hearth.launcher.Endpoints;
import dev.hearth.launcher.Platform;
import dev.hearth.platform.local.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The one platform of a test run: started once through the launcher on free ports in a temporary
 * home, attached to this JVM (its processes die with it), and stopped by pid when the run ends.
 */
final class SharedPlatform implements AutoCloseable {

    /** Generous: on 2 shared cores a start normally takes 60–90 s, more while something else builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Platform platform;
    private final Path home;
    private final ComponentLogs logs;
    private final @Nullable PlatformUnderTest running;
    private final @Nullable RuntimeException startFailure;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedPlatform(Platform platform, Path home, ComponentLogs logs, @Nullable PlatformUnderTest running,
                           @Nullable RuntimeException startFailure) {
        this.platform = platform;
        this.home = home;
        this.logs = logs;
        this.running = running;
        this.startFailure = startFailure;
    }

    /** Starts the platform; a failed start is kept (with its logs copied) so every test class reports it at once. */
    static SharedPlatform start() {
        Path repoRoot = repoRoot();
        ComponentLogs logs = new ComponentLogs(Path.of(System.getProperty("hearth.system-test.logs",
                Path.of("target", "system-test-logs").toString())));
        logs.clear();
        Path home = temporaryHome();
        Platform platform = Platform.builder()
                .home(home)
                .repoRoot(repoRoot)
                .freePorts()
                .detached(false)
                .startTimeout(START_TIMEOUT)
                .progress(logs::progress)
                .build();
        long began = System.nanoTime();
        try {
            ServiceJars.requireBootJars(platform);
            Endpoints endpoints = platform.up();
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            System.out.printf(Locale.ROOT, "[system-test] platform started in %.1f s; gateway %s%n",
                    took.toMillis() / 1000.0, endpoints.gatewayUrl());
            return new SharedPlatform(platform, home, logs, new PlatformUnderTest(endpoints, took), null);
        } catch (RuntimeException e) {
            SharedPlatform failedStart = new SharedPlatform(platform, home, logs, null, e);
            failedStart.failed.set(true);
            failedStart.close();
            return failedStart;
        }
    }

    PlatformUnderTest require() {
        if (running == null) {
            throw new IllegalStateException("the platform did not start (its logs are in " + logs.target() + ")",
                    startFailure);
        }
        return running;
    }

    /** A test failed: keep the logs as they are now (and again, complete, when the platform stops). */
    void recordFailure() {
        failed.set(true);
        if (!closed.get()) {
            logs.copyFrom(platform.endpoints());
        }
    }

    /** Stops every process by its pid, copies the logs if anything failed, and deletes the home. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            platform.down();
        } finally {
            if (failed.get()) {
                logs.copyFrom(platform.endpoints());
                System.out.println("[system-test] the platform's logs are in " + logs.target());
            }
            try {
                Directories.deleteRecursively(home);
            } catch (UncheckedIOException e) {
                System.err.println("could not delete the platform home " + home + ": " + e);
            }
        }
    }

    /** Set by failsafe; otherwise (an IDE run) the nearest folder up from here that holds {@code ./hearth}. */
    private static Path repoRoot() {
        String configured = System.getProperty("hearth.repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("hearth")) && Files.isDirectory(folder.resolve("launcher"))) {
                return folder;
            }
        }
        throw new IllegalStateException("cannot find the repository (no ./hearth above " + Path.of("").toAbsolutePath()
                + "): set -Dhearth.repo.root");
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("hearth-system-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary platform home", e);
        }
    }

}
