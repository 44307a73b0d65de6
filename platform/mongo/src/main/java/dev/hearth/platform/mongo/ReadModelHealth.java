package dev.hearth.platform.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code mongo} health component, part of every service's readiness. Boot's own indicator sends
 * {@code hello}, which the mongo-java-server of local runs does not know, so readiness would stay
 * DOWN there; {@code ping} is answered by every MongoDB.
 */
class ReadModelHealth extends AbstractHealthIndicator {

    private final MongoDatabase readModelDatabase;

    ReadModelHealth(MongoDatabase readModelDatabase) {
        super("MongoDB is not reachable");
        this.readModelDatabase = readModelDatabase;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        readModelDatabase.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", readModelDatabase.getName());
    }
}
