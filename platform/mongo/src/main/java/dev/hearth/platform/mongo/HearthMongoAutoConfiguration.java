package dev.hearth.platform.mongo;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read-model database of a service, from the {@link MongoClient} Boot configures from
 * {@code spring.mongodb.*}. No Spring Data: projections use the sync driver directly. Ids are
 * strings (UUIDs included), so no UUID codec representation is involved.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClient.class)
@ConditionalOnBean(MongoClient.class)
@EnableConfigurationProperties(HearthMongoProperties.class)
public final class HearthMongoAutoConfiguration {

    static final String DATABASE_PROPERTY = "hearth.mongodb.database";

    /** A read-model database that does not answer is a 503, in services with Hearth's web edge. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.hearth.platform.web.ProblemTranslator")
    static class Outages {

        @Bean
        @ConditionalOnMissingBean(MongoOutages.class)
        MongoOutages mongoOutages() {
            return new MongoOutages();
        }
    }

    @Bean
    @ConditionalOnMissingBean(name = "readModelDatabase")
    MongoDatabase readModelDatabase(MongoClient mongoClient, HearthMongoProperties properties) {
        return mongoClient.getDatabase(databaseName(properties));
    }

    // Fail at start-up, naming the property, rather than on the first write to a wrong or unnamed database.
    private static String databaseName(HearthMongoProperties properties) {
        String name = properties.database();
        if (name == null || name.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(DATABASE_PROPERTY, name,
                    "every service names its own read-model database, e.g. hearth_commitment");
        }
        try {
            MongoNamespace.checkDatabaseNameValidity(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(DATABASE_PROPERTY, name, e.getMessage());
        }
        return name;
    }
}
