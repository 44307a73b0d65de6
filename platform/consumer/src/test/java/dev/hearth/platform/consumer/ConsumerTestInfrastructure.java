package dev.hearth.platform.consumer;

import dev.hearth.platform.test.HearthTestInfrastructure;
import dev.hearth.platform.test.TestMongo;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Where a consuming test service finds its broker and, for the views on this module's classpath, its Mongo. */
public final class ConsumerTestInfrastructure {

    private ConsumerTestInfrastructure() {
    }

    /** Registers the shared broker and the Mongo database {@code mongoDatabase}; answers the broker's address. */
    public static String register(DynamicPropertyRegistry registry, String mongoDatabase) {
        String bootstrapServers = HearthTestInfrastructure.sharedKafka().bootstrapServers();
        registry.add("spring.kafka.bootstrap-servers", () -> bootstrapServers);
        registry.add("spring.mongodb.uri", TestMongo::connectionString);
        registry.add("hearth.mongodb.database", () -> mongoDatabase);
        return bootstrapServers;
    }
}
