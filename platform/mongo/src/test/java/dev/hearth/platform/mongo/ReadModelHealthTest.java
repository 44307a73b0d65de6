package dev.hearth.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Readiness must be UP against the local Mongo wire server, which does not know Boot's {@code hello}. */
class ReadModelHealthTest {

    private static MongoServer server;

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
