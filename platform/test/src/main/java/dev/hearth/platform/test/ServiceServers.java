package dev.hearth.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where a service under test finds its servers, whichever runs them (this JVM or containers): its own
 * PostgreSQL database and MongoDB database, the Kafka broker, and the test keys.
 */
record ServiceServers(String jdbcUrl, String username, String password, String mongoUri, String database,
                      String bootstrapServers) {

    void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The properties by name, in one order. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("hearth.mongodb.database", database);
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.put("hearth.crypto.master-key", HearthTestInfrastructure.masterKey());
        return properties;
    }
}
