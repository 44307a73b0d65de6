package dev.hearth.launcher;

import dev.hearth.contracts.Topic;
import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JvmFlags;
import dev.hearth.platform.local.KafkaBrokerProcess;
import dev.hearth.platform.local.MongoMain;
import dev.hearth.platform.local.PostgresMain;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.platform.local.Postmaster;
import dev.hearth.platform.local.Tcp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts Kafka, PostgreSQL and the Mongo server side by side, each from {@code platform-local}
 * in a JVM of its own, unless it runs already; the broker gets the public topics either way.
 */
final class InfrastructureStarter {

    private static final String HOST_LOGGING = "-Dlogback.configurationFile=dev/hearth/launcher/host-logback.xml";
    private static final List<String> POSTGRES_HOST_OPTIONS =
            List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", HOST_LOGGING);

    private final Settings settings;
    private final PlatformHome home;
    private final ChildProcesses children;
    private final Progress progress;

    InfrastructureStarter(Settings settings, ChildProcesses children, Progress progress) {
        this.settings = settings;
        this.home = settings.home();
        this.children = children;
        this.progress = progress;
    }

    /** @throws PlatformStartException naming each of the three that did not come up */
    void start(Ports ports, ReadinessWait wait) {
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> kafka(ports, wait), Waiters.POOL);
        CompletableFuture<Void> postgres = CompletableFuture.runAsync(() -> postgres(ports, wait), Waiters.POOL);
        CompletableFuture<Void> mongo = CompletableFuture.runAsync(() -> mongo(ports, wait), Waiters.POOL);
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
                // The broker's own message ends with its log's tail, which the failure shows anyway.
                String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse(cause.toString());
                failures.add(ReadinessWait.failureOf(home, component, reason));
            }
        }
    }

    private void kafka(Ports ports, ReadinessWait wait) {
        JvmFlags jvm = settings.kafkaJvm();
        List<String> javaOptions = new ArrayList<>(jvm.options());
        javaOptions.addAll(List.of(HostJvm.marker(Component.KAFKA.processName()), HostJvm.homeMarker(home.root())));
        KafkaBrokerProcess.Builder broker = KafkaBrokerProcess.builder(home.kafkaDirectory())
                .brokerPort(ports.kafka())
                .controllerPort(ports.kafkaController())
                .classpath(settings.classpath())
                .javaOptions(javaOptions)
                .exitWithParent(!children.detached())
                .startTimeout(wait.remaining());
        if (!children.needsStart(Component.KAFKA, ports.kafka(), jvm)) {
            broker.build().createTopics(List.of(Topic.values()));
            progress.running(Component.KAFKA, home.pidFile(Component.KAFKA).read(), ports.kafka());
            return;
        }
        PortPlan.requireFree(home, Component.KAFKA, ports.kafka());
        PortPlan.requireFree(home, Component.KAFKA, ports.kafkaController(), Ports.KAFKA_CONTROLLER_VARIABLE);
        long began = System.nanoTime();
        KafkaBrokerProcess started = broker.build().start();
        home.pidFile(Component.KAFKA).write(started.pid());
        children.recordJvm(Component.KAFKA, jvm);
        children.attach(started);
        linkKafkaLog();
        started.createTopics(List.of(Topic.values()));
        progress.started(Component.KAFKA, started.pid(), ports.kafka(), began);
    }

    private void postgres(Ports ports, ReadinessWait wait) {
        if (!children.needsStart(Component.POSTGRES, ports.postgres())) {
            progress.running(Component.POSTGRES, home.pidFile(Component.POSTGRES).read(), ports.postgres());
            return;
        }
        Postmaster.Leftover leftover = Postmaster.stopLeftover(home.postgresData(), ChildProcesses.INFRASTRUCTURE_STOP_GRACE);
        if (leftover != Postmaster.Leftover.NONE) {
            progress.say("postgres: a server left running by an earlier run: " + leftover);
        }
        PortPlan.requireFree(home, Component.POSTGRES, ports.postgres());
        List<String> arguments = new ArrayList<>(List.of("--data", home.postgresData().toString(),
                "--port", Integer.toString(ports.postgres()),
                "--startup-timeout", Long.toString(Math.max(10, wait.remaining().toSeconds()))));
        Platform.DATABASES.forEach(database -> arguments.addAll(List.of("--database", database)));
        long began = System.nanoTime();
        Process process = children.startHostJvm(Component.POSTGRES, POSTGRES_HOST_OPTIONS, settings.classpath(),
                PostgresMain.class, arguments);
        wait.untilReady(Component.POSTGRES, process, () -> PostgresProbe.ready(ports.postgres(), Platform.DATABASES));
        progress.started(Component.POSTGRES, process.pid(), ports.postgres(), began);
    }

    private void mongo(Ports ports, ReadinessWait wait) {
        JvmFlags jvm = settings.mongoJvm();
        if (!children.needsStart(Component.MONGO, ports.mongo(), jvm)) {
            progress.running(Component.MONGO, home.pidFile(Component.MONGO).read(), ports.mongo());
            return;
        }
        PortPlan.requireFree(home, Component.MONGO, ports.mongo());
        List<String> options = new ArrayList<>(jvm.options());
        options.add(HOST_LOGGING);
        List<String> arguments = List.of("--file", home.mongoFile().toString(),
                "--port", Integer.toString(ports.mongo()), "--cache-mb", Integer.toString(settings.mongoCacheMb()));
        long began = System.nanoTime();
        Process process = children.startHostJvm(Component.MONGO, options, settings.classpath(), MongoMain.class, arguments);
        children.recordJvm(Component.MONGO, jvm);
        wait.untilReady(Component.MONGO, process, () -> Tcp.answers(ports.mongo()));
        progress.started(Component.MONGO, process.pid(), ports.mongo(), began);
    }

    /** {@code logs/kafka.log} beside the others, pointing at the broker's own log. */
    private void linkKafkaLog() {
        Path link = home.logFile(Component.KAFKA);
        try {
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, link.getParent().relativize(home.kafkaDirectory().resolve("broker.log")));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only a convenience: the broker's log stays where KafkaBrokerProcess writes it.
        }
    }
}
