package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventTest {

    private static final byte[] DATA = "{\"coupleId\":\"c-1\",\"userId\":\"bob\"}".getBytes(StandardCharsets.UTF_8);

    private final CloudEvent event = new CloudEvent("e-1", "dev.hearth.couple.PartnerJoined.v1",
            "/hearth/journal-service", "c-1", Instant.parse("2025-03-08T09:30:00.123Z"), "c-1", 2L, "corr-7", DATA);

    @Test
    void the_headers_carry_every_attribute_of_the_event() {
        assertThat(event.headers()).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", "e-1"),
                Map.entry("ce_type", "dev.hearth.couple.PartnerJoined.v1"),
                Map.entry("ce_source", "/hearth/journal-service"),
                Map.entry("ce_subject", "c-1"),
                Map.entry("ce_time", "2025-03-08T09:30:00.123Z"),
                Map.entry("ce_aggregateid", "c-1"),
                Map.entry("ce_aggregateseq", "2"),
                Map.entry("ce_correlationid", "corr-7"),
                Map.entry("content-type", "application/json"));
    }

    @Test
    void headers_read_back_give_the_same_event() {
        assertThat(CloudEvent.fromHeaders(event.headers(), DATA)).isEqualTo(event);
    }

    @Test
    void an_event_without_correlation_id_has_no_correlation_header_and_reads_back() {
        // given
        CloudEvent uncorrelated = new CloudEvent("e-1", "t", "/hearth/x", "c-1", Instant.EPOCH, "a-1", 0L, null, DATA);

        // when
        Map<String, String> headers = uncorrelated.headers();

        // then
        assertThat(headers).doesNotContainKey(CloudEventHeaders.CORRELATION_ID);
        assertThat(CloudEvent.fromHeaders(headers, DATA)).isEqualTo(uncorrelated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
            "ce_aggregateid", "ce_aggregateseq", "content-type"})
    void a_missing_required_header_is_rejected_naming_it(String header) {
        // given
        Map<String, String> headers = headersWithout(header);

        // when / then
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headers, DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(header);
    }

    @Test
    void a_blank_required_header_counts_as_missing() {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(CloudEventHeaders.ID, " "), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing CloudEvents header ce_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-03-08", "2025-03-08T09:30:00", "1741426200000"})
    void a_time_that_is_not_an_iso_8601_instant_is_rejected(String time) {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(CloudEventHeaders.TIME, time), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ce_time");
    }

    @Test
    void a_time_with_an_offset_is_the_same_instant() {
        CloudEvent read = CloudEvent.fromHeaders(headersWith(CloudEventHeaders.TIME, "2025-03-08T10:30:00.123+01:00"), DATA);

        assertThat(read.time()).isEqualTo(Instant.parse("2025-03-08T09:30:00.123Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+2", "2.0", "0x2", "two", "99999999999999999999"})
    void a_sequence_that_is_not_a_non_negative_decimal_is_rejected(String sequence) {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(CloudEventHeaders.AGGREGATE_SEQUENCE, sequence), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ce_aggregateseq");
    }

    @Test
    void another_spec_version_is_rejected() {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(CloudEventHeaders.SPEC_VERSION, "0.3"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ce_specversion");
    }

    @Test
    void a_payload_that_is_not_json_is_rejected() {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(CloudEventHeaders.CONTENT_TYPE, "application/avro"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("content-type");
    }

    @Test
    void json_with_a_charset_is_still_json() {
        assertThatNoException().isThrownBy(() ->
                CloudEvent.fromHeaders(headersWith(CloudEventHeaders.CONTENT_TYPE, "application/json; charset=utf-8"), DATA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_aggregate_seq", "ce_traceParent", "ce_", "ce_trace-id"})
    void an_extension_whose_name_is_not_lower_case_letters_and_digits_is_rejected(String header) {
        assertThatThrownBy(() -> CloudEvent.fromHeaders(headersWith(header, "x"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(header);
    }

    @Test
    void unknown_extensions_and_other_headers_are_ignored() {
        // given
        Map<String, String> headers = headersWith("ce_traceparent", "00-abc-def-01");
        headers.put("b3", "abc");

        // when / then
        assertThat(CloudEvent.fromHeaders(headers, DATA)).isEqualTo(event);
    }

    @Test
    void every_header_hearth_writes_is_a_valid_cloud_events_attribute_name() {
        assertThat(CloudEventHeaders.ALL)
                .filteredOn(header -> header.startsWith(CloudEventHeaders.PREFIX))
                .hasSize(9)
                .allMatch(CloudEventHeaders::isValidAttributeHeader);
    }

    @Test
    void two_envelopes_with_equal_payload_bytes_are_equal() {
        // given
        CloudEvent copy = CloudEvent.fromHeaders(event.headers(), DATA.clone());

        // then
        assertThat(copy).isEqualTo(event).hasSameHashCodeAs(event);
        assertThat(copy.data()).isEqualTo(DATA);
    }

    @Test
    void a_negative_sequence_is_not_an_event() {
        assertThatThrownBy(() -> new CloudEvent("e-1", "t", "/s", "c-1", Instant.EPOCH, "a-1", -1L, null, DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ce_aggregateseq");
    }

    private Map<String, String> headersWithout(String header) {
        Map<String, String> headers = new HashMap<>(event.headers());
        headers.remove(header);
        return headers;
    }

    private Map<String, String> headersWith(String header, String value) {
        Map<String, String> headers = new HashMap<>(event.headers());
        headers.put(header, value);
        return headers;
    }
}
