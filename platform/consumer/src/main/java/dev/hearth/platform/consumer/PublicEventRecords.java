package dev.hearth.platform.consumer;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Kafka record of a public topic into a {@link DecodedEvent}. The one place where consumers
 * decide between "process", "skip" and "poison".
 */
public final class PublicEventRecords {

    /** Counter of records skipped because their {@code ce_type} is not known to this consumer. */
    public static final String UNKNOWN_TYPES_METER = "hearth.consumer.unknown.types";

    private static final Logger log = LoggerFactory.getLogger(PublicEventRecords.class);

    private PublicEventRecords() {
    }

    /**
     * Decodes a record.
     *
     * @return the event, or empty when its type is unknown (a newer producer: the tolerant reader
     *         skips it and counts it in {@value #UNKNOWN_TYPES_METER}, tagged with the type)
     * @throws PoisonEvent when the headers are not a valid CloudEvent or the payload is not the JSON
     *         of its type; retrying would never help
     */
    public static Optional<DecodedEvent> decode(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value();
        if (value == null) {
            throw new PoisonEvent("record " + position(record) + " has no value");
        }
        CloudEvent envelope;
        try {
            envelope = CloudEvent.fromHeaders(headers(record), value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEvent("record " + position(record) + ": " + e.getMessage(), e);
        }
        Optional<EventType> type = EventType.fromCeType(envelope.type());
        if (type.isEmpty()) {
            // Metrics' global registry is the application's registry under Spring Boot
            // (management.metrics.use-global-registry), so this static helper can count.
            Metrics.counter(UNKNOWN_TYPES_METER, "type", envelope.type(), "topic", record.topic()).increment();
            log.debug("Skipping {} of unknown type {}", position(record), envelope.type());
            return Optional.empty();
        }
        PublicEvent event;
        try {
            event = HearthEventJson.read(type.get(), value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEvent("record " + position(record) + " of type " + envelope.type() + ": " + e.getMessage(), e);
        }
        // The subject is the couple and the key; an event claiming another couple would be applied to the wrong one.
        if (!envelope.subject().equals(event.coupleId())) {
            throw new PoisonEvent("record " + position(record) + ": " + CloudEventHeaders.SUBJECT + " '"
                    + envelope.subject() + "' is not the event's coupleId '" + event.coupleId() + "'");
        }
        return Optional.of(new DecodedEvent(envelope, event));
    }

    // Last value wins, like a map of attributes; header values are UTF-8 text in binary mode.
    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
