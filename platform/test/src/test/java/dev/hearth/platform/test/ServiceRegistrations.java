package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What an infrastructure ({@link HearthTestInfrastructure}, {@link ContainerInfrastructure}) registers for a
 * service, read into a map, and the checks every infrastructure's registration passes.
 */
final class ServiceRegistrations {

    private ServiceRegistrations() {
    }

    static Map<String, Object> register(BiConsumer<DynamicPropertyRegistry, String> infrastructure, String service) {
        Map<String, Object> properties = new HashMap<>();
        infrastructure.accept((name, value) -> properties.put(name, value.get()), service);
        return properties;
    }

    /**
     * Two registrations of the commitment service: every connection property, a database of its own each
     * time, and the one broker.
     */
    static void assertOwnDatabasesOnTheSharedBroker(Map<String, Object> first, Map<String, Object> second,
            String bootstrapServers) {
        assertThat(first).containsOnlyKeys(
                "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.mongodb.uri", "hearth.mongodb.database", "spring.kafka.bootstrap-servers",
                "spring.security.oauth2.resourceserver.jwt.public-key-location");
        assertThat((String) first.get("hearth.mongodb.database")).startsWith("hearth_commitment_");
        assertThat(first.get("spring.datasource.url")).isNotEqualTo(second.get("spring.datasource.url"));
        assertThat(first.get("spring.kafka.bootstrap-servers")).isEqualTo(bootstrapServers);
    }

    /** A connection to the PostgreSQL database the registration names, as its user. */
    static Connection connect(Map<String, Object> properties) throws SQLException {
        return DriverManager.getConnection((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
    }
}
