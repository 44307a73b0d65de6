package dev.hearth.platform.test;

import dev.hearth.platform.local.KafkaBrokerProcess;
import dev.hearth.contracts.Topic;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Wires a service's {@code @SpringBootTest} to the shared real infrastructure of this JVM:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     HearthTestInfrastructure.register(registry, "commitment-service");
 * }
 * }</pre>
 *
 * <p>The broker, PostgreSQL and the Mongo server start once per JVM; each call gets a fresh
 * PostgreSQL database and Mongo database, so cached Spring contexts never see each other's
 * events, tokens or read models. Kafka topics are shared: tests tell their events apart by ids.
 */
public final class HearthTestInfrastructure {

    private static final AtomicInteger REGISTRATIONS = new AtomicInteger();
    private static @Nullable KafkaBrokerProcess kafka;

    private HearthTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry, String serviceName) {
        register(registry, serviceName, Integer.toString(REGISTRATIONS.incrementAndGet()));
    }

    /**
     * Like {@link #register(DynamicPropertyRegistry, String)}, on the databases named by
     * {@code sharedName}: every context registered with the same name (two instances of a service,
     * or one started again after another closed) shares its PostgreSQL database and MongoDB database.
     */
    public static void register(DynamicPropertyRegistry registry, String serviceName, String sharedName) {
        properties(serviceName, sharedName).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The same properties as a map, for contexts a test starts itself with {@code SpringApplicationBuilder}:
     * pass them with {@link #arguments(Map)} to {@code run(...)}, since the builder's {@code properties(...)}
     * are defaults that the service's own {@code application.yml} overrides.
     */
    public static Map<String, Object> properties(String serviceName, String sharedName) {
        String database = databaseName(serviceName) + "_" + sharedName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        // Kafka takes longest to start: let it boot while PostgreSQL and Mongo start here.
        CompletableFuture<KafkaBrokerProcess> broker = CompletableFuture.supplyAsync(HearthTestInfrastructure::sharedKafka);
        String jdbcUrl = TestPostgres.jdbcUrl(database);
        String mongoUri = TestMongo.connectionString();
        String bootstrapServers = join(broker).bootstrapServers();

        return new ServiceServers(jdbcUrl, TestPostgres.username(), TestPostgres.password(), mongoUri, database,
                bootstrapServers).properties();
    }

    /** Properties as command-line arguments ({@code --name=value}), which win over every configuration file. */
    public static String[] arguments(Map<String, ?> properties) {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
    }

    /**
     * The master key of every write service in this JVM (32 random bytes, base64), made once: tests
     * never touch {@code .hearth/keys}, and each test context's couple keys live in its own database.
     */
    public static String masterKey() {
        return MasterKeyHolder.KEY;
    }

    private static final class MasterKeyHolder {
        private static final String KEY;

        static {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            KEY = Base64.getEncoder().encodeToString(bytes);
        }
    }

    /**
     * The JVM's broker, with every public topic created, started if it is not running (a fault
     * test may have stopped it). Stopped and deleted when the JVM exits.
     */
    public static synchronized KafkaBrokerProcess sharedKafka() {
        KafkaBrokerProcess broker = kafka;
        if (broker == null) {
            broker = KafkaBrokerProcess.inTemporaryDirectory();
            // Registered before the start, so a JVM that exits while the broker boots still cleans up.
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "hearth-test-kafka-shutdown"));
            broker.start().createTopics(List.of(Topic.values()));
            kafka = broker;
        }
        return broker.start();
    }

    /** See {@link TopicReader#readUntil}. */
    public static List<ConsumerRecord<String, byte[]>> readAll(
            String bootstrapServers, String topic, Duration within,
            Predicate<? super List<ConsumerRecord<String, byte[]>>> until) {
        return TopicReader.readUntil(bootstrapServers, topic, within, until);
    }

    /** {@code commitment-service} → {@code hearth_commitment}. */
    static String databaseName(String serviceName) {
        String base = serviceName.toLowerCase(Locale.ROOT)
                .replaceFirst("-service$", "")
                .replaceAll("[^a-z0-9]+", "_");
        return "hearth_" + base;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
