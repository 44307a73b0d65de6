package dev.hearth.launcher;

import dev.hearth.contracts.Topic;
import dev.hearth.launcher.ComponentStatus.Health;
import dev.hearth.launcher.kafka.KafkaProbe;
import dev.hearth.launcher.process.HostJvm;
import dev.hearth.launcher.process.JvmFlags;
import dev.hearth.launcher.process.RunState;
import dev.hearth.launcher.service.Readiness;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.platform.local.Postmaster;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** {@code ./hearth status}: each component's pid, port, health and JVM profile, read from the home's run records. */
final class StatusReport {

    static final String NO_PROFILE = "-";

    private final PlatformHome home;

    StatusReport(PlatformHome home) {
        this.home = home;
    }

    /** One line per component; Kafka's also tells the topics and the insights consumer group. */
    List<ComponentStatus> of(Ports ports) {
        List<ComponentStatus> lines = new ArrayList<>();
        for (Component component : Component.values()) {
            lines.add(of(component, ports));
        }
        return lines;
    }

    private ComponentStatus of(Component component, Ports ports) {
        int port = ports.of(component);
        OptionalLong pid = home.pidFile(component).read();
        RunState state = RunState.of(home.pidFile(component), HostJvm.marker(component.processName()), port);
        if (state == RunState.ABSENT || state == RunState.STALE) {
            OptionalLong leftover = component == Component.POSTGRES
                    ? Postmaster.runningPid(home.postgresData()) : OptionalLong.empty();
            if (leftover.isPresent()) {
                return new ComponentStatus(component, leftover, port, Health.DOWN, NO_PROFILE, "its host JVM is gone but the"
                        + " server runs on: `up` stops and restarts it, `down` stops it");
            }
            return new ComponentStatus(component, OptionalLong.empty(), port, Health.STOPPED, NO_PROFILE,
                    state == RunState.STALE ? "stale pid file" : "");
        }
        String detail = "";
        boolean healthy = state == RunState.RUNNING;
        if (healthy) {
            switch (component) {
                case KAFKA -> {
                    try (KafkaProbe kafka = new KafkaProbe("localhost:" + port)) {
                        healthy = kafka.brokerAnswers();
                        long topics = kafka.topics().stream().filter(name -> Topic.byName(name).isPresent()).count();
                        detail = "controller " + ports.kafkaController() + ", " + topics + "/" + Topic.values().length
                                + " topics, " + kafka.consumerGroup(Platform.INSIGHTS_CONSUMER_GROUP);
                    }
                }
                case POSTGRES -> healthy = PostgresProbe.ready(port, Platform.DATABASES);
                case MONGO -> detail = home.mongoFile().toString();
                default -> healthy = Readiness.up(port);
            }
        }
        String profile = component == Component.POSTGRES ? NO_PROFILE
                : JvmFlags.read(home.jvmFile(component)).map(JvmFlags::profile).orElse(NO_PROFILE);
        return new ComponentStatus(component, pid, port, healthy ? Health.UP : Health.DOWN, profile, detail);
    }
}
