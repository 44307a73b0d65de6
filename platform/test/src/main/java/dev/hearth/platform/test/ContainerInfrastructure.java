package dev.hearth.platform.test;

import dev.hearth.contracts.Topic;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * {@link HearthTestInfrastructure}'s wiring, with the same property names, backed by Docker
 * containers of the servers a deployment runs: PostgreSQL 18, a one-member MongoDB replica set and
 * the {@code apache/kafka} broker. A suite runs on both when it is abstract, without a
 * {@code @DynamicPropertySource} of its own, and each runner names the servers (a subclass's
 * property source method is added to its superclass's, not put in its place):
 *
 * <pre>{@code
 * @Testcontainers(disabledWithoutDocker = true)   // reported as skipped where there is no Docker
 * class CouplesOnContainersTest extends CouplesIntegrationTest {
 *
 *     @DynamicPropertySource
 *     static void infrastructure(DynamicPropertyRegistry registry) {
 *         ContainerInfrastructure.register(registry, "journal-service");
 *     }
 * }
 * }</pre>
 *
 * <p>The containers start once per JVM, on first use, and Testcontainers' reaper removes them when
 * the JVM ends. Each call gets a fresh PostgreSQL database and Mongo database, as with the embedded
 * servers; the public topics are created from {@link Topic}, since the broker, like production's,
 * does not create topics on first use.
 */
public final class ContainerInfrastructure {

    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:18");
    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8");
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");

    private static final long ADMIN_TIMEOUT_SECONDS = 30;
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger();
    private static @Nullable Servers servers;

    private ContainerInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String serviceName) {
        Servers running = servers();
        String database = HearthTestInfrastructure.databaseName(serviceName) + "_" + REGISTRATIONS.incrementAndGet();
        String jdbcUrl = running.createDatabase(database);
        String mongoUri = running.mongo().getConnectionString();
        String bootstrapServers = running.kafka().getBootstrapServers();

        new ServiceServers(jdbcUrl, running.postgres().getUsername(), running.postgres().getPassword(), mongoUri, database,
                bootstrapServers).register(registry);
    }

    /** The Kafka container's bootstrap servers, starting the containers if they are not running. */
    public static String kafkaBootstrapServers() {
        return servers().kafka().getBootstrapServers();
    }

    private static synchronized Servers servers() {
        Servers running = servers;
        if (running == null) {
            running = new Servers(
                    new PostgreSQLContainer(POSTGRES_IMAGE),
                    new MongoDBContainer(MONGO_IMAGE).withReplicaSet(),
                    new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false"));
            // The three start in parallel; Kafka takes longest.
            Startables.deepStart(running.postgres(), running.mongo(), running.kafka()).join();
            createPublicTopics(running.kafka().getBootstrapServers());
            servers = running;
        }
        return running;
    }

    /** Replication 1: there is one broker. Retention and partitions come from the table. */
    private static void createPublicTopics(String bootstrapServers) {
        List<NewTopic> topics = Arrays.stream(Topic.values())
                .map(topic -> new NewTopic(topic.topicName(), topic.partitions(), (short) 1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retentionMs()))))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the public topics on the Kafka container", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the public topics", e);
        }
    }

    private record Servers(PostgreSQLContainer postgres, MongoDBContainer mongo, KafkaContainer kafka) {

        /** A new database on the PostgreSQL container, as its superuser; its JDBC URL. */
        String createDatabase(String database) {
            try (Connection connection = postgres.createConnection("");
                    Statement create = connection.createStatement()) {
                // The name is built from a service name and a counter: quoting it is enough.
                create.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + " on the PostgreSQL container", e);
            }
            return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                    + "/" + database;
        }
    }
}
