package dev.hearth.launcher.service;

import dev.hearth.launcher.Component;
import dev.hearth.launcher.Ports;
import dev.hearth.platform.local.PostgresProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The environment each service starts with: exactly the variables production sets, pointing at
 * the local processes. Services hold no local-mode code; only these values differ.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /** The PostgreSQL database a write service owns; empty for services without one. */
    public static Optional<String> database(Component service) {
        return switch (service) {
            case JOURNAL -> Optional.of("hearth_journal");
            case COMMITMENT -> Optional.of("hearth_commitment");
            default -> Optional.empty();
        };
    }

    /** The master key a write service seals with ({@code journal}, {@code commitment}); empty for the others. */
    public static Optional<String> masterKey(Component service) {
        return switch (service) {
            case JOURNAL -> Optional.of("journal");
            case COMMITMENT -> Optional.of("commitment");
            default -> Optional.empty();
        };
    }

    /**
     * @param masterKeyLocation where each write service's master key is ({@code file:…}), by its name in
     *                          {@link #masterKey(Component)}
     * @param inviteSecretLocation where the invite secret is ({@code file:…}), for the journal alone
     */
    public static Map<String, String> of(Component service, Ports ports, String publicKeyLocation,
                                         Function<String, String> masterKeyLocation, String inviteSecretLocation) {
        if (!service.isService()) {
            throw new IllegalArgumentException(service + " is not a service");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        for (Component each : Component.services()) {
            environment.put(Ports.variableOf(each), Integer.toString(ports.of(each)));
        }
        environment.put(Ports.POSTGRES_VARIABLE, Integer.toString(ports.postgres()));
        database(service).ifPresent(database -> {
            environment.put("SPRING_DATASOURCE_URL", PostgresProbe.jdbcUrl(ports.postgres(), database));
            environment.put("SPRING_DATASOURCE_USERNAME", PostgresProbe.USER);
            environment.put("SPRING_DATASOURCE_PASSWORD", PostgresProbe.PASSWORD);
            environment.put("HEARTH_POSTGRES_USER", PostgresProbe.USER);
            environment.put("HEARTH_POSTGRES_PASSWORD", PostgresProbe.PASSWORD);
        });
        environment.put("HEARTH_MONGODB_URI", "mongodb://localhost:" + ports.mongo());
        environment.put("HEARTH_KAFKA_BOOTSTRAP", "localhost:" + ports.kafka());
        environment.put("HEARTH_JWT_PUBLIC_KEY", publicKeyLocation);
        masterKey(service).ifPresent(name -> environment.put("HEARTH_MASTER_KEY", masterKeyLocation.apply(name)));
        if (service == Component.JOURNAL) {
            // Only the service that makes invites holds the secret they are derived from.
            environment.put("HEARTH_INVITE_SECRET", inviteSecretLocation);
        }
        if (service == Component.GATEWAY) {
            environment.put(Ports.GATEWAY_MANAGEMENT_VARIABLE, Integer.toString(ports.gatewayManagement()));
            environment.put("JOURNAL_URL", url(ports.journal()));
            environment.put("COMMITMENT_URL", url(ports.commitment()));
            environment.put("INSIGHTS_URL", url(ports.insights()));
        }
        return environment;
    }

    public static String url(int port) {
        return "http://localhost:" + port;
    }
}
