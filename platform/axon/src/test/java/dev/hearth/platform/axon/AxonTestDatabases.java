package dev.hearth.platform.axon;

import dev.hearth.platform.test.TestMongo;
import dev.hearth.platform.test.TestPostgres;
import dev.hearth.platform.test.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The properties a test service of this module needs to start: its databases, and a key to trust. */
public final class AxonTestDatabases {

    private AxonTestDatabases() {
    }

    /** The PostgreSQL database {@code postgres} for the event store, the Mongo database {@code mongo} for views. */
    public static void register(DynamicPropertyRegistry registry, String postgres, String mongo) {
        registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl(postgres));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        // Every servlet service is a resource server (platform-servlet): it needs a key to trust.
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        // platform-mongo is on this module's classpath for the views: give it a database.
        registry.add("spring.mongodb.uri", TestMongo::connectionString);
        registry.add("hearth.mongodb.database", () -> mongo);
    }
}
