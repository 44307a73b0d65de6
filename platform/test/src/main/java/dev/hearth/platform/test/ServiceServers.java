package dev.hearth.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where a service under test finds its servers, whichever runs them (this JVM or containers): its own
 * PostgreSQL database and MongoDB database, the Kafka broker, and the test keys.
 */
record ServiceServers(String jdbcUrl, String username, String password, String mongoUri, String database,
                      String bootstrapServers) {

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::jdbcUrl);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
        registry.add("spring.mongodb.uri", this::mongoUri);
        registry.add("hearth.mongodb.database", this::database);
        registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("hearth.crypto.master-key", HearthTestInfrastructure::masterKey);
    }
}
