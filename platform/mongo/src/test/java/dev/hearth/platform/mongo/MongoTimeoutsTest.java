package dev.hearth.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.ProblemTranslator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client gives up in seconds, not minutes, and what it throws then is a 503. */
class MongoTimeoutsTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoClientTimeoutsAutoConfiguration.class,
                    MongoAutoConfiguration.class, HearthMongoAutoConfiguration.class))
            .withPropertyValues("hearth.mongodb.database=hearth_timeouts");

    @Test
    void the_client_gives_up_within_seconds_by_default() {
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017").run(context -> {
            MongoClientSettings settings = settings(context);

            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
            assertThat(settings.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
            assertThat(settings.getServerSettings().getHeartbeatFrequency(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        });
    }

    @Test
    void a_service_sets_its_own_timeouts_by_property() {
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017",
                "hearth.mongodb.timeouts.server-selection=5s", "hearth.mongodb.timeouts.read=30s").run(context -> {
            MongoClientSettings settings = settings(context);

            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(30000);
        });
    }

    @Test
    void timeouts_in_the_connection_string_win() {
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017/?serverSelectionTimeoutMS=7000"
                + "&socketTimeoutMS=60000").run(context -> {
            MongoClientSettings settings = settings(context);

            assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(7000);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(60000);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        });
    }

    @Test
    void a_database_that_does_not_answer_is_a_503_and_other_failures_are_not_translated() {
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://localhost:27017").run(context -> {
            ProblemTranslator outages = context.getBean(MongoOutages.class);

            assertThat(outages.translate(new MongoTimeoutException("Timed out while waiting for a server")))
                    .map(Rejection::type).contains(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(outages.translate(new MongoSocketReadTimeoutException("Timeout while receiving message",
                    new ServerAddress(), new java.net.SocketTimeoutException("Read timed out"))))
                    .map(Rejection::type).contains(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(outages.translate(new IllegalStateException("a bug"))).isEmpty();
        });
    }

    /** The settings Boot builds: every customizer, in Boot's order, over empty settings. */
    private static MongoClientSettings settings(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        context.getBeanProvider(MongoClientSettingsBuilderCustomizer.class).orderedStream()
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
