package dev.hearth.platform.publisher;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

/**
 * The publisher's own Kafka producer: Boot's producer settings ({@code spring.kafka.producer.*}) with
 * the outbox guarantees enforced on top. Deliberately not a {@code KafkaTemplate} bean, so the
 * service keeps Boot's template for anything else and nobody can send through this one by accident.
 */
final class PublisherProducer implements RecordSender, DisposableBean {

    /** Closing waits for unsent records; during an outage that must not hold up shutdown for long. */
    private static final int CLOSE_TIMEOUT_SECONDS = 5;

    private final DefaultKafkaProducerFactory<String, byte[]> factory;
    private final KafkaTemplate<String, byte[]> template;

    /** @param meters where the producer's client metrics go ({@code kafka_producer_*}); Boot binds only its own factories */
    PublisherProducer(Map<String, Object> bootProducerProperties, PublisherProperties.Producer timeouts,
                      @Nullable MeterRegistry meters) {
        this.factory = new DefaultKafkaProducerFactory<>(configuration(bootProducerProperties, timeouts),
                new StringSerializer(), new ByteArraySerializer());
        this.factory.setPhysicalCloseTimeout(CLOSE_TIMEOUT_SECONDS);
        if (meters != null) {
            this.factory.addListener(new MicrometerProducerListener<>(meters));
        }
        this.template = new KafkaTemplate<>(factory);
    }

    static Map<String, Object> configuration(Map<String, Object> bootProducerProperties,
                                             PublisherProperties.Producer timeouts) {
        Map<String, Object> configuration = new HashMap<>(bootProducerProperties);
        // Exactly one copy per send, in order per partition, acknowledged by every in-sync replica.
        configuration.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        configuration.put(ProducerConfig.ACKS_CONFIG, "all");
        configuration.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // Retry until the delivery timeout, which alone bounds how long a send may take.
        configuration.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        configuration.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(timeouts.maxBlock()));
        configuration.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(timeouts.requestTimeout()));
        configuration.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(timeouts.deliveryTimeout()));
        configuration.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, millis(timeouts.retryBackoff()));
        configuration.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, millis(timeouts.retryBackoffMax()));
        // The token is the outbox's commit; a Kafka transaction on top would add nothing.
        configuration.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        configuration.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        configuration.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return configuration;
    }

    @Override
    public CompletableFuture<?> send(ProducerRecord<String, byte[]> record) {
        return template.send(record);
    }

    Map<String, Object> configuration() {
        return factory.getConfigurationProperties();
    }

    @Override
    public void destroy() {
        factory.destroy();
    }

    private static int millis(Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }
}
