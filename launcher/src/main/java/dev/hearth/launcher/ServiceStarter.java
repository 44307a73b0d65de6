package dev.hearth.launcher;

import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JarSnapshots;
import dev.hearth.launcher.process.ServiceWrapper;
import dev.hearth.launcher.service.Readiness;
import dev.hearth.launcher.service.ServiceEnvironment;
import dev.hearth.platform.local.ProcessControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the chosen services from their Boot jars, all at once, each with the environment that
 * points it at the local infrastructure, and waits until each is ready (those running already
 * too). A service that fails does not stop the others.
 */
final class ServiceStarter {

    private final Settings settings;
    private final PlatformHome home;
    private final JarBuilder jars;
    private final ChildProcesses children;
    private final Progress progress;
    private final JarSnapshots snapshots;

    ServiceStarter(Settings settings, JarBuilder jars, ChildProcesses children, Progress progress) {
        this.settings = settings;
        this.home = settings.home();
        this.jars = jars;
        this.children = children;
        this.progress = progress;
        this.snapshots = new JarSnapshots(home.runDirectory().resolve("jars"));
    }

    /** @return a failure for each service that is not ready */
    List<Failure> start(Ports ports, LocalKeys keys, ReadinessWait wait) {
        Map<Component, Optional<Process>> awaited = new LinkedHashMap<>();
        Map<Component, Long> began = new EnumMap<>(Component.class);
        List<Failure> failures = new ArrayList<>();
        for (Component service : settings.services()) {
            if (!children.needsStart(service, ports.of(service), settings.serviceJvm())) {
                // Running already; still awaited below, since running is not yet ready.
                awaited.put(service, Optional.empty());
                continue;
            }
            Path jar = jars.jarOf(service);
            if (!Files.exists(jar)) {
                failures.add(new Failure(service, "no jar at " + jar + " (build it: ./mvnw -B package -DskipTests -pl "
                        + service.processName() + " -am)", home.logFile(service), ""));
                continue;
            }
            try {
                PortPlan.requireFree(home, service, ports.of(service));
                if (service == Component.GATEWAY) {
                    PortPlan.requireFree(home, service, ports.gatewayManagement(), Ports.GATEWAY_MANAGEMENT_VARIABLE);
                }
            } catch (PlatformStartException e) {
                failures.addAll(e.failures());
                continue;
            }
            began.put(service, System.nanoTime());
            awaited.put(service, Optional.of(launch(service, jar, ports, keys)));
        }
        List<CompletableFuture<Optional<Failure>>> readiness = awaited.entrySet().stream()
                .map(entry -> CompletableFuture.supplyAsync(
                        () -> awaitReady(entry.getKey(), entry.getValue(), ports, began, wait), Waiters.POOL))
                .toList();
        readiness.forEach(ready -> ready.join().ifPresent(failures::add));
        return failures;
    }

    private Optional<Failure> awaitReady(Component service, Optional<Process> started, Ports ports,
                                         Map<Component, Long> began, ReadinessWait wait) {
        int port = ports.of(service);
        try {
            if (started.isPresent()) {
                wait.untilReady(service, started.get(), () -> Readiness.up(port));
                progress.started(service, home.pidFile(service).read().orElse(started.get().pid()), port,
                        began.get(service));
            } else {
                long pid = home.pidFile(service).read().orElse(-1);
                wait.untilReady(service, () -> ProcessControl.isAlive(pid), () -> "exited", () -> Readiness.up(port));
                progress.running(service, home.pidFile(service).read(), port);
            }
            return Optional.empty();
        } catch (PlatformStartException e) {
            return Optional.of(e.failures().get(0));
        }
    }

    private Process launch(Component service, Path jar, Ports ports, LocalKeys keys) {
        List<String> command = new ArrayList<>();
        command.add(HostJvm.javaExecutable());
        command.addAll(settings.serviceJvm().options());
        command.add(HostJvm.marker(service.processName()));
        command.add(HostJvm.homeMarker(home.root()));
        command.add("-jar");
        command.add(snapshots.of(jar).toString());
        Map<String, String> environment = new LinkedHashMap<>(ServiceEnvironment.of(service, ports, keys.publicKeyLocation(),
                keys::masterKeyLocation, keys.inviteSecretLocation()));
        environment.putAll(settings.serviceEnvironment());
        if (children.detached()) {
            Process process = children.launch(service, command, environment);
            home.pidFile(service).write(process.pid());
            children.recordJvm(service, settings.serviceJvm());
            return process;
        }
        Process wrapper = children.launch(service, ServiceWrapper.wrap(service.processName(), command), environment);
        home.pidFile(service).write(javaChildOf(wrapper, service).orElse(wrapper.pid()));
        children.recordJvm(service, settings.serviceJvm());
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
            Waiters.sleep(Duration.ofMillis(20));
        }
        return OptionalLong.empty();
    }
}
