package dev.hearth.launcher;

import dev.hearth.platform.local.FreePorts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The listening ports of one platform. Defaults are the fixed ports in the README; each is
 * overridable by its environment variable; system tests take OS-assigned free ports instead.
 */
public record Ports(int kafka, int kafkaController, int postgres, int mongo,
                    int journal, int commitment, int insights, int gateway, int gatewayManagement) {

    public static final String KAFKA_VARIABLE = "HEARTH_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_VARIABLE = "HEARTH_KAFKA_CONTROLLER_PORT";
    public static final String POSTGRES_VARIABLE = "HEARTH_POSTGRES_PORT";
    public static final String MONGO_VARIABLE = "HEARTH_MONGO_PORT";
    public static final String JOURNAL_VARIABLE = "JOURNAL_PORT";
    public static final String COMMITMENT_VARIABLE = "COMMITMENT_PORT";
    public static final String INSIGHTS_VARIABLE = "INSIGHTS_PORT";
    public static final String GATEWAY_VARIABLE = "GATEWAY_PORT";
    /** The gateway's metrics port (on the loopback), beside its public one. */
    public static final String GATEWAY_MANAGEMENT_VARIABLE = "HEARTH_GATEWAY_MANAGEMENT_PORT";
    static final int DEFAULT_GATEWAY_MANAGEMENT = 8090;

    public Ports {
        for (int port : new int[] {kafka, kafkaController, postgres, mongo, journal, commitment, insights, gateway,
                gatewayManagement}) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
    }

    /** Kafka 9092 (controller 9093), PostgreSQL 5432, MongoDB 27017, services 8081–8083, gateway 8080 (metrics 8090). */
    public static Ports defaults() {
        return new Ports(9092, 9093, 5432, 27017, 8081, 8082, 8083, 8080, DEFAULT_GATEWAY_MANAGEMENT);
    }

    /** The defaults, each replaced by its environment variable when that is set. */
    public static Ports fromEnvironment(Map<String, String> environment) {
        Map<String, Integer> values = defaults().byVariable();
        values.replaceAll((variable, port) -> parse(variable, environment.get(variable), port));
        return fromVariables(values);
    }

    /** A free port for every listener, chosen by the operating system. */
    public static Ports free() {
        int[] free = FreePorts.distinct(9);
        return new Ports(free[0], free[1], free[2], free[3], free[4], free[5], free[6], free[7], free[8]);
    }

    /** The listening port of a component (Kafka's client port for {@link Component#KAFKA}). */
    public int of(Component component) {
        return switch (component) {
            case KAFKA -> kafka;
            case POSTGRES -> postgres;
            case MONGO -> mongo;
            case JOURNAL -> journal;
            case COMMITMENT -> commitment;
            case INSIGHTS -> insights;
            case GATEWAY -> gateway;
        };
    }

    /** A copy with one component's port replaced. */
    public Ports with(Component component, int port) {
        Map<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component each : Component.values()) {
            ports.put(each, each == component ? port : of(each));
        }
        return new Ports(ports.get(Component.KAFKA), kafkaController, ports.get(Component.POSTGRES),
                ports.get(Component.MONGO), ports.get(Component.JOURNAL), ports.get(Component.COMMITMENT),
                ports.get(Component.INSIGHTS), ports.get(Component.GATEWAY), gatewayManagement);
    }

    public Ports withKafkaController(int port) {
        return new Ports(kafka, port, postgres, mongo, journal, commitment, insights, gateway, gatewayManagement);
    }

    public Ports withGatewayManagement(int port) {
        return new Ports(kafka, kafkaController, postgres, mongo, journal, commitment, insights, gateway, port);
    }

    /** The environment variable that sets a component's port. */
    public static String variableOf(Component component) {
        return switch (component) {
            case KAFKA -> KAFKA_VARIABLE;
            case POSTGRES -> POSTGRES_VARIABLE;
            case MONGO -> MONGO_VARIABLE;
            case JOURNAL -> JOURNAL_VARIABLE;
            case COMMITMENT -> COMMITMENT_VARIABLE;
            case INSIGHTS -> INSIGHTS_VARIABLE;
            case GATEWAY -> GATEWAY_VARIABLE;
        };
    }

    /** Variable name → port, in a stable order: the form the run folder records them in. */
    public Map<String, Integer> byVariable() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put(KAFKA_VARIABLE, kafka);
        values.put(KAFKA_CONTROLLER_VARIABLE, kafkaController);
        values.put(POSTGRES_VARIABLE, postgres);
        values.put(MONGO_VARIABLE, mongo);
        values.put(JOURNAL_VARIABLE, journal);
        values.put(COMMITMENT_VARIABLE, commitment);
        values.put(INSIGHTS_VARIABLE, insights);
        values.put(GATEWAY_VARIABLE, gateway);
        values.put(GATEWAY_MANAGEMENT_VARIABLE, gatewayManagement);
        return values;
    }

    /**
     * The inverse of {@link #byVariable()}; every variable must be present but the gateway's metrics
     * port, which the ports files of earlier versions do not name (its default then).
     */
    public static Ports fromVariables(Map<String, Integer> values) {
        return new Ports(required(values, KAFKA_VARIABLE), required(values, KAFKA_CONTROLLER_VARIABLE),
                required(values, POSTGRES_VARIABLE), required(values, MONGO_VARIABLE),
                required(values, JOURNAL_VARIABLE), required(values, COMMITMENT_VARIABLE),
                required(values, INSIGHTS_VARIABLE), required(values, GATEWAY_VARIABLE),
                values.getOrDefault(GATEWAY_MANAGEMENT_VARIABLE, DEFAULT_GATEWAY_MANAGEMENT));
    }

    private static int required(Map<String, Integer> values, String variable) {
        return Objects.requireNonNull(values.get(variable), () -> "no port for " + variable);
    }

    private static int parse(String variable, @Nullable String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a port number: " + value, e);
        }
    }
}
