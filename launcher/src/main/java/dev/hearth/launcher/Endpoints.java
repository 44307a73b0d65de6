package dev.hearth.launcher;

import dev.hearth.launcher.keys.LocalKeys;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.launcher.service.ServiceEnvironment;
import java.nio.file.Path;

/** Where a running platform answers, and where its files are. */
public record Endpoints(PlatformHome home, Ports ports) {

    /** {@code http://localhost:<gateway port>}: the only door clients use. */
    public String gatewayUrl() {
        return ServiceEnvironment.url(ports.gateway());
    }

    /** A service's own URL (bypassing the gateway: health, or a test of the service alone). */
    public String url(Component service) {
        if (!service.isService()) {
            throw new IllegalArgumentException(service + " has no HTTP URL");
        }
        return ServiceEnvironment.url(ports.of(service));
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    public String jdbcUrl(String database) {
        return PostgresProbe.jdbcUrl(ports.postgres(), database);
    }

    public String mongoUri() {
        return "mongodb://localhost:" + ports.mongo();
    }

    /** The key pair the services trust; sign tokens with {@link dev.hearth.launcher.keys.LocalTokens}. */
    public LocalKeys keys() {
        return LocalKeys.ensure(home.keysDirectory());
    }

    public Path logsDirectory() {
        return home.logsDirectory();
    }

    public Path logFile(Component component) {
        return component == Component.KAFKA
                ? home.kafkaDirectory().resolve("broker.log")
                : home.logFile(component);
    }
}
