package dev.hearth.commitment;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code mongo} health component, part of readiness. Boot's own indicator sends {@code hello},
 * which the embedded mongo-java-server of local runs does not know, so readiness would stay DOWN;
 * {@code ping} is answered by every MongoDB. The bean name makes Boot's indicator back off.
 */
@Component("mongoHealthIndicator")
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
