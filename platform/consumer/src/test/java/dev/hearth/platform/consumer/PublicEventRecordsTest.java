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
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        headers.put(CloudEventHeaders.TYPE, "dev.hearth.couple.NeverDefined.v1");

        Optional<DecodedEvent> decoded = PublicEventRecords.decode(record(headers, HearthEventJson.write(started)));

        assertThat(decoded).isEmpty();
        Counter counter = registry.find(PublicEventRecords.UNKNOWN_TYPES_METER)
                .tag("type", "dev.hearth.couple.NeverDefined.v1").counter();
        assertThat(counter).isNotNull();
        assertThat(counter.count()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisonRecords")
    void a_record_that_does_not_hold_its_event_is_a_poison_event_naming_what_is_wrong(
            String record, Map<String, String> headers, byte[] value, String named) {
        assertThatThrownBy(() -> PublicEventRecords.decode(record(headers, value)))
                .isInstanceOf(PoisonEvent.class)
                .hasMessageContaining(named);
    }

    static Stream<Arguments> poisonRecords() {
        CoupleStarted started = new CoupleStarted("c-1", "alice", "UTC");
        Map<String, String> withoutSequence = new HashMap<>(envelope(started).headers());
        withoutSequence.remove(CloudEventHeaders.AGGREGATE_SEQUENCE);
        Map<String, String> ofAnotherCouple = new HashMap<>(envelope(started).headers());
        ofAnotherCouple.put(CloudEventHeaders.SUBJECT, "c-2");
        return Stream.of(
                Arguments.of("a missing header is a poison event naming it", withoutSequence,
                        HearthEventJson.write(started), CloudEventHeaders.AGGREGATE_SEQUENCE),
                Arguments.of("a payload that is not the JSON of its type is a poison event", envelope(started).headers(),
                        "{not json".getBytes(StandardCharsets.UTF_8), "CoupleStarted"),
                Arguments.of("a payload missing a required field is a poison event", envelope(started).headers(),
                        "{\"coupleId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8), "userId"),
                Arguments.of("an event of another couple than its subject is a poison event", ofAnotherCouple,
                        HearthEventJson.write(started), "c-2"));
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
