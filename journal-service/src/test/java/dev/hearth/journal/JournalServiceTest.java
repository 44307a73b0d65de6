package dev.hearth.journal;

import dev.hearth.platform.test.MongoCommands;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole service on real infrastructure (Kafka broker, PostgreSQL, MongoDB): the one Spring
 * configuration every integration suite of journal-service shares, so that the runners
 * ({@link JournalOnEmbeddedServersTest}, {@link JournalOnContainersTest}) start one context each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(JournalServiceTest.RecordMongoCommands.class)
public abstract class JournalServiceTest {

    /** Every command the service sends to MongoDB, for the constant-cost rules. */
    public static final MongoCommands MONGO = new MongoCommands();

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordMongoCommands {
        @Bean
        MongoClientSettingsBuilderCustomizer recordMongoCommands() {
            return settings -> settings.addCommandListener(MONGO);
        }
    }
}
