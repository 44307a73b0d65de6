package dev.hearth.launcher;

import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.process.HomeLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The whole platform on one machine: Kafka, PostgreSQL and the Mongo wire server as local
 * processes, then the four services from their jars, each with a pid file and a log under one
 * home folder. {@code ./hearth} drives it; system tests use it directly:
 *
 * <pre>{@code
 * Platform platform = Platform.builder().home(tempDir).repoRoot(repo).freePorts().build();
 * try {
 *     Endpoints endpoints = platform.up();
 *     // … requests to endpoints.gatewayUrl() with tokens from LocalTokens.signedBy(endpoints.keys())
 * } finally {
 *     platform.down();
 * }
 * }</pre>
 *
 * <p>By default every child exits when this JVM dies, however it dies (the broker and the host
 * JVMs watch their stdin; service jars run under a wrapper that does). {@link PlatformBuilder#detached}
 * makes them outlive it, as {@code ./hearth up} needs. Either way a later {@link #down()} — from
 * this or another JVM — stops them by the pids in the home's {@code run/} folder.
 *
 * <p>This class only orders the steps; each has a part of its own: {@link JarBuilder},
 * {@link PortPlan}, {@link InfrastructureStarter}, {@link ServiceStarter}, {@link ReadinessWait},
 * {@link StatusReport} and {@link Shutdown}.
 */
public final class Platform {

    /** The consumer group whose assignment {@code up} waits for, so the first request is not lost in a rebalance. */
    public static final String INSIGHTS_CONSUMER_GROUP = "insights-trust-v1";
    /** The databases of the write services, created on first start. */
    public static final List<String> DATABASES = List.of("hearth_journal", "hearth_commitment");
    /**
     * Four Boot services start at once on a 2-core laptop: the serial collector and C1 alone
     * start them on markedly less CPU ({@link JvmProfile#START_UP}). {@code HEARTH_SERVICE_JAVA_OPTS}
     * replaces these; {@code ./hearth up --tuned} gives every JVM the full JIT for a benchmark.
     */
    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = JvmProfile.START_UP.serviceOptions();

    private final Settings settings;
    private final PlatformHome home;
    private final Progress progress;
    private final JarBuilder jars;
    private final ChildProcesses children;

    Platform(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.home = settings.home();
        this.progress = new Progress(progress);
        this.jars = new JarBuilder(settings.repoRoot(), settings.version(), this.progress);
        this.children = new ChildProcesses(home, settings.detached(), this.progress);
    }

    public static PlatformBuilder builder() {
        return new PlatformBuilder();
    }

    public PlatformHome home() {
        return home;
    }

    Settings settings() {
        return settings;
    }

    /** The ports of the last {@code up} of this home, or the ports this platform would use. */
    public Endpoints endpoints() {
        Ports fixed = settings.fixedPorts();
        return new Endpoints(home, home.readPorts().orElseGet(() -> fixed != null ? fixed : Ports.defaults()));
    }

    /** The Boot jar {@code up} runs for a service: {@code <repo>/<module>/target/<module>-<version>.jar}. */
    public Path jarOf(Component service) {
        return jars.jarOf(service);
    }

    /**
     * Starts whatever is not running and waits until the platform is healthy: every service
     * ready, the broker answering, and the insights consumer group assigned (skipped with a
     * warning while insights has no consumer).
     *
     * @throws PlatformStartException naming each component that did not come up, with its log
     */
    public synchronized Endpoints up() {
        try (HomeLock ignored = HomeLock.acquire(home.root(), "up")) {
            return upLocked();
        }
    }

    private Endpoints upLocked() {
        long began = System.nanoTime();
        home.createDirectories();
        if (settings.buildMissingJars()) {
            jars.build(settings.services(), settings.forceBuild());
        }
        long startedAt = System.nanoTime();
        ReadinessWait wait = ReadinessWait.startingNow(home, settings.startTimeout(), progress);
        PortPlan plan = new PortPlan(home, settings.fixedPorts(), settings.services(), progress);
        Ports ports = plan.resolve();
        plan.requireFree(ports);
        home.writePorts(ports);
        progress.say("home " + home.root());

        new InfrastructureStarter(settings, children, progress).start(ports, wait);
        LocalKeys keys = LocalKeys.ensure(home.keysDirectory());
        List<Failure> failures = new ArrayList<>(new ServiceStarter(settings, jars, children, progress)
                .start(ports, keys, wait));
        String group = settings.consumerGroup();
        if (group != null && settings.services().contains(Component.INSIGHTS)
                && failures.stream().noneMatch(f -> f.component() == Component.INSIGHTS)) {
            wait.untilAssigned(ports, group, settings.consumerGroupGrace()).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new PlatformStartException(failures);
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        progress.say(String.format(Locale.ROOT, "platform healthy in %.1f s%s", seconds,
                startedAt - began > TimeUnit.SECONDS.toNanos(1)
                        ? String.format(Locale.ROOT, " (after a build of %.1f s)", (startedAt - began) / 1e9) : ""));
        return new Endpoints(home, ports);
    }

    /** Stops everything, keeping the data. */
    public void down() {
        down(false);
    }

    /**
     * Stops by pid — services first, then Kafka, then PostgreSQL (fast shutdown), the Mongo
     * server last — each with SIGTERM and a bounded wait, then SIGKILL. {@code wipe} then deletes
     * the data, logs and run records (the key pair stays).
     */
    public synchronized void down(boolean wipe) {
        try (HomeLock ignored = HomeLock.acquire(home.root(), "down")) {
            new Shutdown(home, children, progress).run(wipe);
        }
    }

    /** Each component's pid, port, health and JVM profile; Kafka's line also tells the insights consumer group. */
    public List<ComponentStatus> status() {
        return new StatusReport(home).of(endpoints().ports());
    }
}
