package dev.hearth.platform.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Sends a record that can never be processed to its dead-letter topic, then counts it in
 * {@value #DEAD_LETTERS_METER} (tags {@code topic}: the record's own topic, {@code group}) and logs
 * it: a dead letter is data a read model is missing, which an operator must see. Counted only once
 * Kafka acknowledged the dead letter; a failed send throws and the error handler tries again.
 */
final class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer, DeadLetterSink {

    static final String DEAD_LETTERS_METER = "hearth.consumer.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;
    private final @Nullable String configuredGroup;

    DeadLetterRecoverer(DeadLetterPublishingRecoverer publisher, MeterRegistry meters, @Nullable String configuredGroup) {
        this.publisher = publisher;
        this.meters = meters;
        this.configuredGroup = configuredGroup;
    }

    @Override
    public void send(ConsumerRecord<?, ?> record, Exception cause) {
        accept(record, null, cause);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
        publisher.accept(record, consumer, exception);
        String group = HearthConsumerAutoConfiguration.groupOf(exception, configuredGroup);
        meters.counter(DEAD_LETTERS_METER, "topic", record.topic(), "group", group).increment();
        log.warn("Dead-lettered {} (group {}): {}", KafkaUtils.format(record), group,
                HearthConsumerAutoConfiguration.rootMessage(exception));
    }
}
