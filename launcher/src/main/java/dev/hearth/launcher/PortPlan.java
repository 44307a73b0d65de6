package dev.hearth.launcher;

import dev.hearth.launcher.PlatformStartException.Failure;
import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.RunState;
import dev.hearth.platform.local.Postmaster;
import dev.hearth.platform.local.Tcp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The ports one {@code up} uses, and whether the ones it is to listen on are free. */
final class PortPlan {

    private final PlatformHome home;
    private final @Nullable Ports fixedPorts;
    private final List<Component> services;
    private final Progress progress;

    PortPlan(PlatformHome home, @Nullable Ports fixedPorts, List<Component> services, Progress progress) {
        this.home = home;
        this.fixedPorts = fixedPorts;
        this.services = services;
        this.progress = progress;
    }

    /**
     * Running components keep their ports. Free-port mode reuses the ports of the last run when
     * they are still free, so a restarted component is found where it was.
     */
    Ports resolve() {
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
                    progress.say(component + " keeps running on port " + lastPort + " (not "
                            + fixedPorts.of(component) + "): `down` it to move it");
                }
                ports = ports.with(component, lastPort);
                if (component == Component.KAFKA) {
                    ports = ports.withKafkaController(last.kafkaController());
                }
                if (component == Component.GATEWAY) {
                    ports = ports.withGatewayManagement(last.gatewayManagement());
                }
            }
        }
        return ports;
    }

    /**
     * Before anything starts: every port a component is to be started on must be free.
     *
     * @throws PlatformStartException naming every taken port and the variable that moves it
     */
    void requireFree(Ports ports) {
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
            if (component == Component.GATEWAY) {
                needed.put(ports.gatewayManagement(), Ports.GATEWAY_MANAGEMENT_VARIABLE);
            }
            needed.forEach((port, variable) -> {
                try {
                    requireFree(home, component, port, variable);
                } catch (PlatformStartException e) {
                    taken.addAll(e.failures());
                }
            });
        }
        if (!taken.isEmpty()) {
            throw new PlatformStartException(taken);
        }
    }

    /** Just before a component starts: its port is free. */
    static void requireFree(PlatformHome home, Component component, int port) {
        requireFree(home, component, port, Ports.variableOf(component));
    }

    static void requireFree(PlatformHome home, Component component, int port, String variable) {
        if (Tcp.answers(port)) {
            throw new PlatformStartException(List.of(new Failure(component, "port " + port
                    + " is taken by another program: stop it, or choose another port (" + variable
                    + ", or free ports for tests)", home.logFile(component), "")));
        }
    }
}
