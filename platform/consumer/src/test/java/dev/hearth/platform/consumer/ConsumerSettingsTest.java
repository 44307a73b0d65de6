package dev.hearth.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;

/** The consumers' fetch and poll settings: Hearth's defaults, and Boot's properties winning over them. */
class ConsumerSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HearthConsumerAutoConfiguration.class, KafkaAutoConfiguration.class));

    @Test
    void consumers_wait_for_a_fuller_fetch_and_take_up_to_two_thousand_records_a_poll() {
        context.run(running -> assertThat(configs(running.getBean(ConsumerFactory.class)))
                .containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 32 * 1024)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 40)
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    @Test
    void boots_properties_override_them() {
        context.withPropertyValues("spring.kafka.consumer.max-poll-records=100", "spring.kafka.consumer.fetch-min-size=1B",
                        "spring.kafka.consumer.fetch-max-wait=500ms")
                .run(running -> assertThat(configs(running.getBean(ConsumerFactory.class)))
                        .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100)
                        .containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1)
                        .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500));
    }

    private static Map<String, Object> configs(ConsumerFactory<?, ?> factory) {
        return factory.getConfigurationProperties();
    }
}
