package dev.hearth.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Against the Mongo wire protocol (mongo-java-server), through Boot's own {@code MongoClient}: wiring and readiness. */
class HearthMongoAutoConfigurationTest {

    private static MongoServer server;

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, HearthMongoAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=" + server.getConnectionString());

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopServer() {
        server.shutdownNow();
    }

    @Test
    void the_read_model_database_is_the_configured_one_and_documents_round_trip() {
        contexts.withPropertyValues("hearth.mongodb.database=hearth_wiring").run(context -> {
            // given
            MongoDatabase database = context.getBean("readModelDatabase", MongoDatabase.class);

            // when
            database.getCollection("memberships").insertOne(new Document("_id", "c-1").append("members", "alice"));

            // then
            assertThat(database.getName()).isEqualTo("hearth_wiring");
            Document read = context.getBean(MongoClient.class).getDatabase("hearth_wiring")
                    .getCollection("memberships").find(Filters.eq("_id", "c-1")).first();
            assertThat(read).isNotNull();
            assertThat(read.getString("members")).isEqualTo("alice");
        });
    }

    @Test
    void a_service_without_a_database_name_does_not_start() {
        contexts.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause()
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("hearth.mongodb.database"));
    }

    @Test
    void a_database_name_mongodb_refuses_is_rejected_at_start_up() {
        contexts.withPropertyValues("hearth.mongodb.database=hearth.insights").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageContaining("hearth.mongodb.database"));
    }

    @Test
    void a_service_may_supply_its_own_read_model_database() {
        contexts.withPropertyValues("hearth.mongodb.database=hearth_ignored")
                .withUserConfiguration(OwnDatabase.class)
                .run(context -> assertThat(context.getBean("readModelDatabase", MongoDatabase.class).getName())
                        .isEqualTo("own"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        MongoDatabase readModelDatabase(MongoClient mongoClient) {
            return mongoClient.getDatabase("own");
        }
    }

    @Test
    void the_auto_configuration_is_registered_for_boot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(HearthMongoAutoConfiguration.class.getName());
    }

    /** Readiness must be UP against the local Mongo wire server, which does not know Boot's {@code hello}. */
    @Test
    void the_mongo_health_component_is_up_against_the_wire_protocol_server() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        HearthMongoAutoConfiguration.class, ReadModelHealthAutoConfiguration.class))
                .withPropertyValues("spring.mongodb.uri=" + server.getConnectionString(),
                        "hearth.mongodb.database=hearth_health")
                .run(context -> {
                    HealthIndicator mongo = context.getBean("mongoHealthIndicator", HealthIndicator.class);

                    assertThat(mongo.health().getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void the_mongo_health_component_is_down_when_the_server_is_unreachable() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        HearthMongoAutoConfiguration.class, ReadModelHealthAutoConfiguration.class))
                .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300",
                        "hearth.mongodb.database=hearth_health")
                .run(context -> {
                    HealthIndicator mongo = context.getBean("mongoHealthIndicator", HealthIndicator.class);

                    assertThat(mongo.health().getStatus()).isEqualTo(Status.DOWN);
                });
    }
}
