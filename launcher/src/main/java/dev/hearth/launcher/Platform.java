package dev.hearth.launcher;

import dev.hearth.contracts.Topic;
import dev.hearth.launcher.ComponentStatus.Health;
import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.kafka.KafkaProbe;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.platform.local.LocalMongo;
import dev.hearth.platform.local.MongoMain;
import dev.hearth.platform.local.PostgresMain;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.platform.local.Postmaster;
import dev.hearth.launcher.process.HomeLock;
import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JarSnapshots;
import dev.hearth.launcher.process.LogTail;
import dev.hearth.platform.local.ParentWatchdog;
import dev.hearth.launcher.process.PidFile;
import dev.hearth.platform.local.ProcessControl;
import dev.hearth.launcher.process.RunState;
import dev.hearth.launcher.process.ServiceWrapper;
import dev.hearth.platform.local.Tcp;
import dev.hearth.launcher.service.Readiness;
import dev.hearth.launcher.service.ServiceEnvironment;
import dev.hearth.platform.local.KafkaBrokerProcess;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
 * JVMs watch their stdin; service jars run under {@link ServiceWrapper}). {@link Builder#detached}
 * makes them outlive it, as {@code ./hearth up} needs. Either way a later {@link #down()} — from
 * this or another JVM — stops them by the pids in the home's {@code run/} folder.
 */
public final class Platform {

    /** The consumer group whose assignment {@code up} waits for, so the first request is not lost in a rebalance. */
    public static final String INSIGHTS_CONSUMER_GROUP = "insights-service";
    /** The databases of the write services, created on first start. */
    public static final List<String> DATABASES = List.of("hearth_journal", "hearth_commitment");
    /**
     * Four Boot services start at once on a 2-core laptop: the serial collector and C1 alone
     * start them on markedly less CPU. {@code HEARTH_SERVICE_JAVA_OPTS} replaces these (for a
     * benchmark, say, with the full JIT).
     */
    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx512m");

    private static final String HOST_LOGGING = "-Dlogback.configurationFile=dev/hearth/launcher/host-logback.xml";
    private static final List<String> POSTGRES_HOST_OPTIONS =
            List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", HOST_LOGGING);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration INFRASTRUCTURE_STOP_GRACE = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 15;
    /**
     * Threads that mostly wait (for a port, a readiness probe, an exit): not the common pool,
     * which has a single thread on a 2-core machine.
     */
    private static final ExecutorService WAITERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hearth-launcher-wait");
        thread.setDaemon(true);
        return thread;
    });

    private final PlatformHome home;
    private final Path repoRoot;
    private final @Nullable Ports fixedPorts;
    private final boolean detached;
    private final boolean buildMissingJars;
    private final boolean forceBuild;
    private final Duration startTimeout;
    private final @Nullable String consumerGroup;
    private final Duration consumerGroupGrace;
    private final List<Component> services;
    private final List<String> serviceJavaOptions;
    private final Map<String, String> serviceEnvironment;
    private final int mongoCacheMb;
    private final String classpath;
    private final String version;
    private final Consumer<String> progress;
    /** Attached mode: the write ends of the children's stdin pipes; closing one ends that child. */
    private final Map<Component, OutputStream> lifelines = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private final List<KafkaBrokerProcess> attachedBrokers = new ArrayList<>();
    private final JarSnapshots jars;

    private Platform(Builder builder, Path home) {
        this.home = new PlatformHome(home);
        this.repoRoot = builder.repoRoot.toAbsolutePath().normalize();
        this.fixedPorts = builder.freePorts ? null : builder.ports;
        this.detached = builder.detached;
        this.buildMissingJars = builder.buildMissingJars;
        this.forceBuild = builder.forceBuild;
        this.startTimeout = builder.startTimeout;
        this.consumerGroup = builder.consumerGroup;
        this.consumerGroupGrace = builder.consumerGroupGrace;
        this.services = List.copyOf(builder.services);
        this.serviceJavaOptions = List.copyOf(builder.serviceJavaOptions);
        this.serviceEnvironment = Map.copyOf(builder.serviceEnvironment);
        this.mongoCacheMb = builder.mongoCacheMb;
        this.classpath = builder.classpath;
        this.version = LauncherVersion.get();
        this.progress = builder.progress;
        this.jars = new JarSnapshots(this.home.runDirectory().resolve("jars"));
    }

    public static Builder builder() {
        return new Builder();
    }

    public PlatformHome home() {
        return home;
    }

    /** The ports of the last {@code up} of this home, or the ports this platform would use. */
    public Endpoints endpoints() {
        return new Endpoints(home, home.readPorts().orElseGet(() -> fixedPorts != null ? fixedPorts : Ports.defaults()));
    }

    /** The Boot jar {@code up} runs for a service: {@code <repo>/<module>/target/<module>-<version>.jar}. */
    public Path jarOf(Component service) {
        String module = service.processName();
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
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
        if (buildMissingJars) {
            buildJars();
        }
        long startedAt = System.nanoTime();
        long deadline = startedAt + startTimeout.toNanos();
        Ports ports = resolvePorts();
        checkPortsFree(ports);
        home.writePorts(ports);
        progress.accept("home " + home.root());

        startInfrastructure(ports, deadline);
        LocalKeys keys = LocalKeys.ensure(home.keysDirectory());
        List<Failure> failures = new ArrayList<>(startServices(ports, keys, deadline));
        if (consumerGroup != null && services.contains(Component.INSIGHTS)
                && failures.stream().noneMatch(f -> f.component() == Component.INSIGHTS)) {
            awaitConsumerGroup(ports, consumerGroup, deadline).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new PlatformStartException(failures);
        }
        Endpoints endpoints = new Endpoints(home, ports);
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        progress.accept(String.format(Locale.ROOT, "platform healthy in %.1f s%s", seconds,
                startedAt - began > TimeUnit.SECONDS.toNanos(1)
                        ? String.format(Locale.ROOT, " (after a build of %.1f s)", (startedAt - began) / 1e9) : ""));
        return endpoints;
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
            downLocked(wipe);
        }
    }

    private void downLocked(boolean wipe) {
        List<Component> servicesLastFirst = new ArrayList<>(Component.services());
        Collections.reverse(servicesLastFirst);
        CompletableFuture.allOf(servicesLastFirst.stream()
                .map(service -> CompletableFuture.runAsync(() -> stop(service, SERVICE_STOP_GRACE), WAITERS))
                .toArray(CompletableFuture[]::new)).join();
        stop(Component.KAFKA, INFRASTRUCTURE_STOP_GRACE);
        attachedBrokers.forEach(KafkaBrokerProcess::stop);
        attachedBrokers.clear();
        stop(Component.POSTGRES, INFRASTRUCTURE_STOP_GRACE.multipliedBy(2));
        Postmaster.Leftover leftover = Postmaster.stopLeftover(home.postgresData(), INFRASTRUCTURE_STOP_GRACE);
        if (leftover != Postmaster.Leftover.NONE) {
            progress.accept("postgres: a server still ran on " + home.postgresData() + ": " + leftover);
        }
        stop(Component.MONGO, INFRASTRUCTURE_STOP_GRACE);
        closeLifelines();
        if (wipe) {
            home.wipeData();
            progress.accept("wiped the data, logs and run records under " + home.root() + " (keys kept)");
        }
    }

    /** Each component's pid, port and health; Kafka's line also tells the insights consumer group. */
    public List<ComponentStatus> status() {
        Ports ports = endpoints().ports();
        List<ComponentStatus> lines = new ArrayList<>();
        for (Component component : Component.values()) {
            int port = ports.of(component);
            OptionalLong pid = home.pidFile(component).read();
            RunState state = RunState.of(home.pidFile(component), HostJvm.marker(component.processName()), port);
            if (state == RunState.ABSENT || state == RunState.STALE) {
                OptionalLong leftover = component == Component.POSTGRES
                        ? Postmaster.runningPid(home.postgresData()) : OptionalLong.empty();
                if (leftover.isPresent()) {
                    lines.add(new ComponentStatus(component, leftover, port, Health.DOWN, "its host JVM is gone but the"
                            + " server runs on: `up` stops and restarts it, `down` stops it"));
                } else {
                    lines.add(new ComponentStatus(component, OptionalLong.empty(), port, Health.STOPPED,
                            state == RunState.STALE ? "stale pid file" : ""));
                }
                continue;
            }
            String detail = "";
            boolean healthy = state == RunState.RUNNING;
            if (healthy) {
                switch (component) {
                    case KAFKA -> {
                        try (KafkaProbe kafka = new KafkaProbe("localhost:" + port)) {
                            healthy = kafka.brokerAnswers();
                            long topics = kafka.topics().stream()
                                    .filter(name -> Topic.byName(name).isPresent()).count();
                            detail = "controller " + ports.kafkaController() + ", " + topics + "/" + Topic.values().length
                                    + " topics, " + kafka.consumerGroup(INSIGHTS_CONSUMER_GROUP);
                        }
                    }
                    case POSTGRES -> healthy = PostgresProbe.ready(port, DATABASES);
                    case MONGO -> detail = home.mongoFile().toString();
                    default -> healthy = Readiness.up(port);
                }
            }
            lines.add(new ComponentStatus(component, pid, port, healthy ? Health.UP : Health.DOWN, detail));
        }
        return lines;
    }

    private void buildJars() {
        List<Component> missing = services.stream().filter(service -> !Files.exists(jarOf(service))).toList();
        if (missing.isEmpty() && !forceBuild) {
            return;
        }
        List<Component> toBuild = forceBuild ? services : missing;
        String modules = String.join(",", toBuild.stream().map(Component::processName).toList());
        // Only the services and what they need: rebuilding the launcher would rewrite the jars this JVM runs from.
        // forceCreation: otherwise a service jar is not repackaged when only a module it depends on changed.
        List<String> command = new ArrayList<>(List.of(repoRoot.resolve("mvnw").toString(), "-B", "-q", "package",
                "-DskipTests", "-pl", modules, "-am"));
        if (forceBuild) {
            command.add("-Dmaven.jar.forceCreation=true");
        }
        progress.accept("building " + modules + " (" + String.join(" ", command.subList(1, command.size())) + ") …");
        long began = System.nanoTime();
        try {
            Process build = new ProcessBuilder(command).directory(repoRoot.toFile()).inheritIO().start();
            int exit = build.waitFor();
            double seconds = (System.nanoTime() - began) / 1e9;
            if (exit == 0) {
                progress.accept(String.format(Locale.ROOT, "build finished in %.1f s", seconds));
            } else {
                progress.accept(String.format(Locale.ROOT, "build FAILED (exit %d) after %.1f s; starting what is built",
                        exit, seconds));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        }
    }

    /**
     * Running components keep their ports. Free-port mode reuses the ports of the last run when
     * they are still free, so a restarted component is found where it was.
     */
    private Ports resolvePorts() {
        Optional<Ports> recorded = home.readPorts();
        Ports ports = fixedPorts != null ? fixedPorts : Ports.free();
        if (recorded.isEmpty()) {
            return ports;
        }
        Ports last = recorded.get();
        for (Component component : Component.values()) {
            int lastPort = last.of(component);
            RunState state = RunState.of(home.pidFile(component), HostJvm.marker(component.processName()), lastPort);
            boolean keep = state == RunState.RUNNING || (fixedPorts == null && !Tcp.answers(lastPort));
            if (keep) {
                if (fixedPorts != null && lastPort != fixedPorts.of(component)) {
                    progress.accept(component + " keeps running on port " + lastPort + " (not "
                            + fixedPorts.of(component) + "): `down` it to move it");
                }
                ports = ports.with(component, lastPort);
                if (component == Component.KAFKA) {
                    ports = ports.withKafkaController(last.kafkaController());
                }
            }
        }
        return ports;
    }

    private void startInfrastructure(Ports ports, long deadline) {
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> ensureKafka(ports, deadline), WAITERS);
        CompletableFuture<Void> postgres = CompletableFuture.runAsync(() -> ensurePostgres(ports, deadline), WAITERS);
        CompletableFuture<Void> mongo = CompletableFuture.runAsync(() -> ensureMongo(ports, deadline), WAITERS);
        List<Failure> failures = new ArrayList<>();
        collect(kafka, Component.KAFKA, failures);
        collect(postgres, Component.POSTGRES, failures);
        collect(mongo, Component.MONGO, failures);
        if (!failures.isEmpty()) {
            throw new PlatformStartException(failures);
        }
    }

    private void collect(CompletableFuture<Void> start, Component component, List<Failure> failures) {
        try {
            start.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof PlatformStartException started) {
                failures.addAll(started.failures());
            } else {
                Path log = logOf(component);
                // The broker's own message ends with its log's tail, which the failure shows anyway.
                String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse(cause.toString());
                failures.add(new Failure(component, reason, log, LogTail.of(log, LOG_TAIL_LINES)));
            }
        }
    }

    private Path logOf(Component component) {
        return new Endpoints(home, Ports.defaults()).logFile(component);
    }

    private void ensureKafka(Ports ports, long deadline) {
        KafkaBrokerProcess.Builder broker = KafkaBrokerProcess.builder(home.kafkaDirectory())
                .brokerPort(ports.kafka())
                .controllerPort(ports.kafkaController())
                .classpath(classpath)
                .javaOptions(concat(KafkaBrokerProcess.Builder.DEFAULT_JAVA_OPTIONS,
                        List.of(HostJvm.marker(Component.KAFKA.processName()), HostJvm.homeMarker(home.root()))))
                .exitWithParent(!detached)
                .startTimeout(remaining(deadline));
        if (!needsStart(Component.KAFKA, ports.kafka())) {
            broker.build().createTopics(List.of(Topic.values()));
            reportRunning(Component.KAFKA, ports.kafka());
            return;
        }
        checkPortFree(Component.KAFKA, ports.kafka());
        checkPortFree(Component.KAFKA, ports.kafkaController(), Ports.KAFKA_CONTROLLER_VARIABLE);
        long began = System.nanoTime();
        KafkaBrokerProcess started = broker.build().start();
        home.pidFile(Component.KAFKA).write(started.pid());
        if (!detached) {
            synchronized (attachedBrokers) {
                attachedBrokers.add(started);
            }
        }
        linkKafkaLog();
        started.createTopics(List.of(Topic.values()));
        reportStarted(Component.KAFKA, started.pid(), ports.kafka(), began);
    }

    private void ensurePostgres(Ports ports, long deadline) {
        if (!needsStart(Component.POSTGRES, ports.postgres())) {
            reportRunning(Component.POSTGRES, ports.postgres());
            return;
        }
        Postmaster.Leftover leftover = Postmaster.stopLeftover(home.postgresData(), INFRASTRUCTURE_STOP_GRACE);
        if (leftover != Postmaster.Leftover.NONE) {
            progress.accept("postgres: a server left running by an earlier run: " + leftover);
        }
        checkPortFree(Component.POSTGRES, ports.postgres());
        List<String> arguments = new ArrayList<>(List.of("--data", home.postgresData().toString(),
                "--port", Integer.toString(ports.postgres()),
                "--startup-timeout", Long.toString(Math.max(10, remaining(deadline).toSeconds()))));
        DATABASES.forEach(database -> arguments.addAll(List.of("--database", database)));
        long began = System.nanoTime();
        Process process = startHostJvm(Component.POSTGRES, POSTGRES_HOST_OPTIONS, PostgresMain.class, arguments);
        awaitReady(Component.POSTGRES, process, () -> PostgresProbe.ready(ports.postgres(), DATABASES), deadline);
        reportStarted(Component.POSTGRES, process.pid(), ports.postgres(), began);
    }

    private void ensureMongo(Ports ports, long deadline) {
        if (!needsStart(Component.MONGO, ports.mongo())) {
            reportRunning(Component.MONGO, ports.mongo());
            return;
        }
        checkPortFree(Component.MONGO, ports.mongo());
        // The page cache lives on the heap: give the JVM the cache and room to work beside it.
        List<String> options = List.of("-Xms64m", "-Xmx" + (mongoCacheMb + 256) + "m", "-XX:+UseSerialGC", HOST_LOGGING);
        List<String> arguments = List.of("--file", home.mongoFile().toString(),
                "--port", Integer.toString(ports.mongo()), "--cache-mb", Integer.toString(mongoCacheMb));
        long began = System.nanoTime();
        Process process = startHostJvm(Component.MONGO, options, MongoMain.class, arguments);
        awaitReady(Component.MONGO, process, () -> Tcp.answers(ports.mongo()), deadline);
        reportStarted(Component.MONGO, process.pid(), ports.mongo(), began);
    }

    private Process startHostJvm(Component component, List<String> javaOptions, Class<?> main, List<String> arguments) {
        List<String> allArguments = new ArrayList<>(arguments);
        if (!detached) {
            allArguments.add(ParentWatchdog.FLAG);
        }
        List<String> command = HostJvm.command(component.processName(), home.root(), javaOptions, classpath, main,
                allArguments);
        Process process = launch(component, command, Map.of());
        home.pidFile(component).write(process.pid());
        return process;
    }

    private List<Failure> startServices(Ports ports, LocalKeys keys, long deadline) {
        Map<Component, Optional<Process>> awaited = new LinkedHashMap<>();
        Map<Component, Long> began = new EnumMap<>(Component.class);
        List<Failure> failures = new ArrayList<>();
        for (Component service : services) {
            if (!needsStart(service, ports.of(service))) {
                // Running already; still awaited below, since running is not yet ready.
                awaited.put(service, Optional.empty());
                continue;
            }
            Path jar = jarOf(service);
            if (!Files.exists(jar)) {
                failures.add(new Failure(service, "no jar at " + jar + " (build it: ./mvnw -B package -DskipTests -pl "
                        + service.processName() + " -am)", home.logFile(service), ""));
                continue;
            }
            try {
                checkPortFree(service, ports.of(service));
            } catch (PlatformStartException e) {
                failures.addAll(e.failures());
                continue;
            }
            began.put(service, System.nanoTime());
            awaited.put(service, Optional.of(startService(service, jar, ports, keys)));
        }
        List<CompletableFuture<Optional<Failure>>> readiness = awaited.entrySet().stream()
                .map(entry -> CompletableFuture.supplyAsync(() -> {
                    Component service = entry.getKey();
                    int port = ports.of(service);
                    try {
                        if (entry.getValue().isPresent()) {
                            awaitReady(service, entry.getValue().get(), () -> Readiness.up(port), deadline);
                            reportStarted(service, home.pidFile(service).read().orElse(entry.getValue().get().pid()),
                                    port, began.get(service));
                        } else {
                            long pid = home.pidFile(service).read().orElse(-1);
                            awaitReady(service, () -> ProcessControl.isAlive(pid), () -> "exited", () -> Readiness.up(port),
                                    deadline);
                            reportRunning(service, port);
                        }
                        return Optional.<Failure>empty();
                    } catch (PlatformStartException e) {
                        return Optional.of(e.failures().get(0));
                    }
                }, WAITERS))
                .toList();
        readiness.forEach(ready -> ready.join().ifPresent(failures::add));
        return failures;
    }

    private Process startService(Component service, Path jar, Ports ports, LocalKeys keys) {
        List<String> command = new ArrayList<>();
        command.add(HostJvm.javaExecutable());
        command.addAll(serviceJavaOptions);
        command.add(HostJvm.marker(service.processName()));
        command.add(HostJvm.homeMarker(home.root()));
        command.add("-jar");
        command.add(jars.of(jar).toString());
        Map<String, String> environment = new LinkedHashMap<>(ServiceEnvironment.of(service, ports, keys.publicKeyLocation()));
        environment.putAll(serviceEnvironment);
        if (detached) {
            Process process = launch(service, command, environment);
            home.pidFile(service).write(process.pid());
            return process;
        }
        Process wrapper = launch(service, ServiceWrapper.wrap(service.processName(), command), environment);
        home.pidFile(service).write(javaChildOf(wrapper, service).orElse(wrapper.pid()));
        return wrapper;
    }

    /** The service's own JVM under its wrapper shell: the pid that status, down and tests should see. */
    private static OptionalLong javaChildOf(Process wrapper, Component service) {
        String marker = HostJvm.marker(service.processName());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && wrapper.isAlive()) {
            Optional<ProcessHandle> child = wrapper.children()
                    .filter(handle -> ProcessControl.carriesMarker(handle.pid(), marker).orElse(false))
                    .findFirst();
            if (child.isPresent()) {
                return OptionalLong.of(child.get().pid());
            }
            sleep(Duration.ofMillis(20));
        }
        return OptionalLong.empty();
    }

    private Process launch(Component component, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.logFile(component).toFile()));
        builder.environment().putAll(environment);
        if (detached) {
            // Nothing of the launcher may stay attached to a process that outlives it.
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        try {
            Process process = builder.start();
            if (!detached) {
                lifelines.put(component, process.getOutputStream());
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + component + ": " + command.get(0), e);
        }
    }

    /** True when the component must be started; a stale or hung one is cleaned up first. */
    private boolean needsStart(Component component, int port) {
        PidFile pidFile = home.pidFile(component);
        RunState state = RunState.of(pidFile, HostJvm.marker(component.processName()), port);
        switch (state) {
            case RUNNING -> {
                return false;
            }
            case NOT_ANSWERING -> {
                long pid = pidFile.read().orElseThrow();
                progress.accept(component + ": pid " + pid + " runs but port " + port + " does not answer: restarting it");
                ProcessControl.stop(pid, component.isService() ? SERVICE_STOP_GRACE : INFRASTRUCTURE_STOP_GRACE);
                pidFile.delete();
            }
            case STALE -> pidFile.delete();
            case ABSENT -> {
                // Nothing to clean up.
            }
        }
        return true;
    }

    /** Before anything starts: every port a component is to be started on must be free. */
    private void checkPortsFree(Ports ports) {
        List<Failure> taken = new ArrayList<>();
        for (Component component : Component.values()) {
            if (component.isService() && !services.contains(component)) {
                continue;
            }
            RunState state = RunState.of(home.pidFile(component), HostJvm.marker(component.processName()),
                    ports.of(component));
            boolean ourLeftover = component == Component.POSTGRES && Postmaster.runningPid(home.postgresData()).isPresent();
            if (state == RunState.RUNNING || ourLeftover) {
                continue;
            }
            Map<Integer, String> needed = new LinkedHashMap<>();
            needed.put(ports.of(component), Ports.variableOf(component));
            if (component == Component.KAFKA) {
                needed.put(ports.kafkaController(), Ports.KAFKA_CONTROLLER_VARIABLE);
            }
            needed.forEach((port, variable) -> {
                try {
                    checkPortFree(component, port, variable);
                } catch (PlatformStartException e) {
                    taken.addAll(e.failures());
                }
            });
        }
        if (!taken.isEmpty()) {
            throw new PlatformStartException(taken);
        }
    }

    private void checkPortFree(Component component, int port) {
        checkPortFree(component, port, Ports.variableOf(component));
    }

    private void checkPortFree(Component component, int port, String variable) {
        if (Tcp.answers(port)) {
            Path log = home.logFile(component);
            throw new PlatformStartException(List.of(new Failure(component, "port " + port
                    + " is taken by another program: stop it, or choose another port (" + variable
                    + ", or free ports for tests)", log, "")));
        }
    }

    private void awaitReady(Component component, Process process, BooleanSupplier ready, long deadline) {
        awaitReady(component, process::isAlive, () -> "exited with code " + process.exitValue() + " while starting",
                ready, deadline);
    }

    private void awaitReady(Component component, BooleanSupplier alive, Supplier<String> death, BooleanSupplier ready,
                            long deadline) {
        while (true) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (!alive.getAsBoolean()) {
                throw failure(component, death.get());
            }
            if (System.nanoTime() > deadline) {
                throw failure(component, "not ready within " + startTimeout.toSeconds() + " s (it keeps running)");
            }
            sleep(POLL);
        }
    }

    private Optional<Failure> awaitConsumerGroup(Ports ports, String group, long deadline) {
        long graceEnd = System.nanoTime() + consumerGroupGrace.toNanos();
        try (KafkaProbe kafka = new KafkaProbe("localhost:" + ports.kafka())) {
            while (true) {
                KafkaProbe.GroupView view = kafka.consumerGroup(group);
                if (view.assigned()) {
                    progress.accept(String.format(Locale.ROOT, "%-19s %s", "insights consumer", view));
                    return Optional.empty();
                }
                if (!view.exists() && System.nanoTime() > graceEnd) {
                    progress.accept("WARNING: consumer group " + group + " does not exist " + consumerGroupGrace.toSeconds()
                            + " s after insights-service is ready (no Kafka consumer yet?): not waiting for its assignment");
                    return Optional.empty();
                }
                if (System.nanoTime() > deadline) {
                    Path log = home.logFile(Component.INSIGHTS);
                    return Optional.of(new Failure(Component.INSIGHTS, "consumer group " + group
                            + " not assigned within " + startTimeout.toSeconds() + " s: " + view, log,
                            LogTail.of(log, LOG_TAIL_LINES)));
                }
                sleep(POLL);
            }
        }
    }

    private PlatformStartException failure(Component component, String reason) {
        Path log = logOf(component);
        return new PlatformStartException(List.of(new Failure(component, reason, log, LogTail.of(log, LOG_TAIL_LINES))));
    }

    private void stop(Component component, Duration grace) {
        PidFile pidFile = home.pidFile(component);
        OptionalLong pid = pidFile.read();
        if (pid.isEmpty()) {
            return;
        }
        long id = pid.getAsLong();
        if (!ProcessControl.isAlive(id) || !ProcessControl.carriesMarker(id, HostJvm.marker(component.processName())).orElse(true)) {
            pidFile.delete();
            return;
        }
        long began = System.nanoTime();
        ProcessControl.Stopped stopped = ProcessControl.stop(id, grace);
        pidFile.delete();
        progress.accept(String.format(Locale.ROOT, "%-19s %-8s pid %-7d %s", component,
                stopped == ProcessControl.Stopped.KILLED ? "KILLED" : "stopped", id,
                stopped == ProcessControl.Stopped.KILLED
                        ? "(no exit within " + grace.toSeconds() + " s of SIGTERM)"
                        : String.format(Locale.ROOT, "(%.1f s)", (System.nanoTime() - began) / 1e9)));
        OutputStream lifeline = lifelines.remove(component);
        if (lifeline != null) {
            closeQuietly(lifeline);
        }
    }

    private void closeLifelines() {
        synchronized (lifelines) {
            lifelines.values().forEach(Platform::closeQuietly);
            lifelines.clear();
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The child is gone already; nothing is left to tell it.
        }
    }

    /** {@code logs/kafka.log} beside the others, pointing at the broker's own log. */
    private void linkKafkaLog() {
        Path link = home.logFile(Component.KAFKA);
        try {
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, link.getParent().relativize(home.kafkaDirectory().resolve("broker.log")));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only a convenience: the broker's log stays where KafkaBrokerProcess writes it.
        }
    }

    private void reportRunning(Component component, int port) {
        progress.accept(line(component, "running", home.pidFile(component).read(), port, "(already)"));
    }

    private void reportStarted(Component component, long pid, int port, long beganNanos) {
        progress.accept(line(component, "started", OptionalLong.of(pid), port,
                String.format(Locale.ROOT, "(%.1f s)", (System.nanoTime() - beganNanos) / 1e9)));
    }

    private static String line(Component component, String what, OptionalLong pid, int port, String detail) {
        return String.format(Locale.ROOT, "%-19s %-8s pid %-7s port %-6d %s", component, what,
                pid.isPresent() ? Long.toString(pid.getAsLong()) : "-", port, detail).stripTrailing();
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(TimeUnit.SECONDS.toNanos(1), deadline - System.nanoTime()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Options of a platform; only {@link #home(Path)} is required. */
    public static final class Builder {

        private @Nullable Path home;
        private Path repoRoot = Path.of("");
        private Ports ports = Ports.defaults();
        private boolean freePorts;
        private boolean detached;
        private boolean buildMissingJars;
        private boolean forceBuild;
        private Duration startTimeout = Duration.ofSeconds(180);
        private @Nullable String consumerGroup = INSIGHTS_CONSUMER_GROUP;
        private Duration consumerGroupGrace = Duration.ofSeconds(15);
        private List<Component> services = Component.services();
        private List<String> serviceJavaOptions = DEFAULT_SERVICE_JAVA_OPTIONS;
        private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
        private int mongoCacheMb = LocalMongo.DEFAULT_CACHE_MB;
        private String classpath = System.getProperty("java.class.path");
        private Consumer<String> progress = System.out::println;

        private Builder() {
        }

        /** The folder holding data, logs, pid files and keys (created if missing). */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** The repository whose {@code <service>/target/} folders hold the service jars. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Fixed ports ({@link Ports#defaults()} unless given). */
        public Builder ports(Ports ports) {
            this.ports = ports;
            this.freePorts = false;
            return this;
        }

        /** Every listener on a port the operating system hands out: never clashes with a running platform. */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /**
         * Whether the children outlive this JVM ({@code ./hearth up}); by default they exit when
         * it dies.
         */
        public Builder detached(boolean detached) {
            this.detached = detached;
            return this;
        }

        /** Build service jars that are missing with {@code ./mvnw package} first. */
        public Builder buildMissingJars(boolean build) {
            this.buildMissingJars = build;
            return this;
        }

        /** Rebuild the service jars even if they exist. */
        public Builder forceBuild(boolean force) {
            this.forceBuild = force;
            this.buildMissingJars = this.buildMissingJars || force;
            return this;
        }

        /** How long {@code up} waits for everything to be healthy (180 s by default). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** The consumer group {@code up} waits for; null waits for none. */
        public Builder consumerGroup(@Nullable String group) {
            this.consumerGroup = group;
            return this;
        }

        /** How long a consumer group that does not exist yet is awaited before the check is skipped. */
        public Builder consumerGroupGrace(Duration grace) {
            this.consumerGroupGrace = grace;
            return this;
        }

        /** Which services to start (all four by default); infrastructure always starts. */
        public Builder services(List<Component> services) {
            if (services.stream().anyMatch(component -> !component.isService())) {
                throw new IllegalArgumentException("not services: " + services);
            }
            this.services = Component.services().stream().filter(services::contains).toList();
            return this;
        }

        /** JVM options of the service processes ({@link #DEFAULT_SERVICE_JAVA_OPTIONS} by default). */
        public Builder serviceJavaOptions(List<String> options) {
            this.serviceJavaOptions = List.copyOf(options);
            return this;
        }

        /** An environment variable added to every service (e.g. shorter client timeouts in tests). */
        public Builder serviceEnvironment(String name, String value) {
            this.serviceEnvironment.put(name, value);
            return this;
        }

        /** The Mongo server's page cache ({@value LocalMongo#DEFAULT_CACHE_MB} MB by default). */
        public Builder mongoCacheMb(int megabytes) {
            if (megabytes <= 0) {
                throw new IllegalArgumentException("the Mongo cache needs at least 1 MB");
            }
            this.mongoCacheMb = megabytes;
            return this;
        }

        /** The class path of the broker and host JVMs; by default this JVM's, which holds the launcher. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Where progress lines go (standard output by default). */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public Platform build() {
            Path chosen = home;
            if (chosen == null) {
                throw new IllegalStateException("a platform needs a home folder: Platform.builder().home(path)");
            }
            return new Platform(this, chosen);
        }
    }
}
