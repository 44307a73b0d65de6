package dev.hearth.platform.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Short client timeouts ({@link MongoTimeouts}) for Boot's {@link MongoClient}. Applied before Boot
 * applies the connection string, which therefore still wins for any timeout it names.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClient.class)
@EnableConfigurationProperties(MongoTimeouts.class)
public final class MongoClientTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer hearthMongoTimeouts(MongoTimeouts timeouts) {
        return new TimeoutDefaults(timeouts);
    }

    /** Boot's own customizer (order 0) applies the connection string after this one. */
    record TimeoutDefaults(MongoTimeouts timeouts) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster ->
                            cluster.serverSelectionTimeout(timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket
                            .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToConnectionPoolSettings(pool ->
                            pool.maxWaitTime(timeouts.poolWait().toMillis(), TimeUnit.MILLISECONDS))
                    .applyToServerSettings(server ->
                            server.heartbeatFrequency(timeouts.heartbeat().toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
