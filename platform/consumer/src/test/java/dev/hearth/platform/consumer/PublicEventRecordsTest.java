package dev.hearth.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.contracts.CloudEvent;
import dev.hearth.contracts.CloudEventHeaders;
import dev.hearth.contracts.EventType;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.couple.CoupleStarted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicEventRecordsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void countInALocalRegistry() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void removeTheLocalRegistry() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void a_valid_record_is_decoded_into_its_envelope_and_contract_record() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "Europe/Paris");

        Optional<DecodedEvent> decoded = PublicEventRecords.decode(record(envelope(started).headers(), HearthEventJson.write(started)));

        assertThat(decoded).hasValueSatisfying(event -> {
            assertThat(event.event()).isEqualTo(started);
            assertThat(event.envelope().aggregateId()).isEqualTo("c-1");
            assertThat(event.envelope().aggregateSequence()).isEqualTo(3);
        });
    }

    @Test
    void an_unknown_type_is_skipped_and_counted() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");
        Map<String, String> headers = new HashMap<>(envelope(started).headers());
        headers.put(CloudEventHeaders.TYPE, "dev.hearth.couple.PartnerLeft.v1");

        Optional<DecodedEvent> decoded = PublicEventRecords.decode(record(headers, HearthEventJson.write(started)));

        assertThat(decoded).isEmpty();
        Counter counter = registry.find(PublicEventRecords.UNKNOWN_TYPES_METER)
                .tag("type", "dev.hearth.couple.PartnerLeft.v1").counter();
        assertThat(counter).isNotNull();
        assertThat(counter.count()).isEqualTo(1.0);
    }

    @Test
    void a_missing_header_is_a_poison_event_naming_it() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");
        Map<String, String> headers = new HashMap<>(envelope(started).headers());
        headers.remove(CloudEventHeaders.AGGREGATE_SEQUENCE);

        assertThatThrownBy(() -> PublicEventRecords.decode(record(headers, HearthEventJson.write(started))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining(CloudEventHeaders.AGGREGATE_SEQUENCE);
    }

    @Test
    void a_payload_that_is_not_the_json_of_its_type_is_a_poison_event() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");

        assertThatThrownBy(() -> PublicEventRecords.decode(record(envelope(started).headers(), "{not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining("CoupleStarted");
    }

    @Test
    void a_payload_missing_a_required_field_is_a_poison_event() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");

        assertThatThrownBy(() -> PublicEventRecords.decode(record(envelope(started).headers(), "{\"coupleId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining("userId");
    }

    @Test
    void an_event_of_another_couple_than_its_subject_is_a_poison_event() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");
        Map<String, String> headers = new HashMap<>(envelope(started).headers());
        headers.put(CloudEventHeaders.SUBJECT, "c-2");

        assertThatThrownBy(() -> PublicEventRecords.decode(record(headers, HearthEventJson.write(started))))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining("c-2");
    }

    @Test
    void a_record_without_a_value_is_a_poison_event() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");

        assertThatThrownBy(() -> PublicEventRecords.decode(record(envelope(started).headers(), null)))
                .isInstanceOf(PoisonEvent.class);
    }

    static CloudEvent envelope(CoupleStarted event) {
        return new CloudEvent("e-1", EventType.COUPLE_STARTED.ceType(), "/hearth/journal-service", event.coupleId(),
                Instant.parse("2026-01-01T10:00:00Z"), event.coupleId(), 3, null, HearthEventJson.write(event));
    }

    private static ConsumerRecord<String, byte[]> record(Map<String, String> headers, byte[] value) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((name, header) -> kafkaHeaders.add(name, header.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("hearth.couples.v1", 0, 42L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, "c-1", value, kafkaHeaders, Optional.empty());
    }
}
