package dev.hearth.platform.consumer.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What a view's consumer sets beyond the services' consumer settings, by how soon the view is read. */
class ViewFreshnessTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void a_view_read_at_once_keeps_the_services_fetch_settings() {
        context.run(running -> assertThat(running.getBean(TopicViewProperties.class).consumerOverrides(Freshness.IMMEDIATE))
                .isEmpty());
    }

    @Test
    void the_broker_may_hold_a_fetch_of_a_view_read_soon_a_quarter_second() {
        context.run(running -> assertThat(running.getBean(TopicViewProperties.class).consumerOverrides(Freshness.SOON))
                .containsOnly(entry("250")));
    }

    @Test
    void the_wait_of_a_view_read_soon_is_a_setting() {
        context.withPropertyValues("hearth.views.soon-fetch-wait=1s")
                .run(running -> assertThat(running.getBean(TopicViewProperties.class).consumerOverrides(Freshness.SOON))
                        .containsOnly(entry("1000")));
    }

    private static Map.Entry<Object, Object> entry(String millis) {
        return Map.entry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, millis);
    }

    @EnableConfigurationProperties(TopicViewProperties.class)
    static class Settings {
    }
}
