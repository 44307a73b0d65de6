package dev.hearth.platform.test;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every command the context's MongoDB client sends, for the constant-cost rules:
 * {@code @Import} it and take the recorder as {@code @Autowired MongoCommands mongo}. One recorder per
 * Spring context, so two contexts in one JVM never see each other's commands.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordMongoCommands {

    @Bean
    MongoCommands mongoCommands() {
        return new MongoCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer recordMongoCommands(MongoCommands commands) {
        return settings -> settings.addCommandListener(commands);
    }
}
