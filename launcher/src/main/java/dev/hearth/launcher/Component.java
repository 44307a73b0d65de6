package dev.hearth.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every process {@code ./hearth up} starts, in start order; {@code down} stops them in the reverse
 * order. The name is used for the pid file, the log file and the status line.
 */
public enum Component {
    KAFKA("kafka", Kind.INFRASTRUCTURE),
    POSTGRES("postgres", Kind.INFRASTRUCTURE),
    MONGO("mongo", Kind.INFRASTRUCTURE),
    JOURNAL("journal-service", Kind.SERVICE),
    COMMITMENT("commitment-service", Kind.SERVICE),
    INSIGHTS("insights-service", Kind.SERVICE),
    GATEWAY("gateway", Kind.SERVICE);

    /** Infrastructure runs from the launcher's class path; services run from their own Boot jars. */
    public enum Kind { INFRASTRUCTURE, SERVICE }

    private final String processName;
    private final Kind kind;

    Component(String processName, Kind kind) {
        this.processName = processName;
        this.kind = kind;
    }

    /** {@code kafka}, {@code postgres}, {@code mongo}, or the service's Maven module name. */
    public String processName() {
        return processName;
    }

    public boolean isService() {
        return kind == Kind.SERVICE;
    }

    public static List<Component> services() {
        return Arrays.stream(values()).filter(Component::isService).toList();
    }

    public static Optional<Component> byProcessName(String name) {
        return Arrays.stream(values()).filter(c -> c.processName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return processName;
    }
}
