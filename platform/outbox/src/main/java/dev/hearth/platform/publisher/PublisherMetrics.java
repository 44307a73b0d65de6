package dev.hearth.platform.publisher;

import dev.hearth.contracts.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The publisher's meters. {@value #PUBLISHED_METER} counts events on Kafka whose batch committed
 * (tags {@code topic}, {@code type}: the CloudEvents type); a batch sent again after a failed commit
 * counts once, though Kafka may hold it twice (consumers deduplicate). {@value #LAG_METER} is
 * {@link PublisherLag}.
 */
final class PublisherMetrics {

    static final String PUBLISHED_METER = "hearth.publisher.published";
    static final String LAG_METER = "hearth.publisher.lag.events";

    private final MeterRegistry meters;

    PublisherMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void published(List<ProducerRecord<String, byte[]>> records) {
        for (ProducerRecord<String, byte[]> record : records) {
            meters.counter(PUBLISHED_METER, "topic", record.topic(), "type", type(record)).increment();
        }
    }

    private static String type(ProducerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null ? "unknown" : new String(type.value(), StandardCharsets.UTF_8);
    }
}
