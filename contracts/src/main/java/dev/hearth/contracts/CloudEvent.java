package dev.hearth.contracts;

import static dev.hearth.contracts.CloudEventHeaders.AGGREGATE_ID;
import static dev.hearth.contracts.CloudEventHeaders.AGGREGATE_SEQUENCE;
import static dev.hearth.contracts.CloudEventHeaders.CONTENT_TYPE;
import static dev.hearth.contracts.CloudEventHeaders.CORRELATION_ID;
import static dev.hearth.contracts.CloudEventHeaders.ID;
import static dev.hearth.contracts.CloudEventHeaders.JSON;
import static dev.hearth.contracts.CloudEventHeaders.PREFIX;
import static dev.hearth.contracts.CloudEventHeaders.SOURCE;
import static dev.hearth.contracts.CloudEventHeaders.SPEC_VERSION;
import static dev.hearth.contracts.CloudEventHeaders.SPEC_VERSION_VALUE;
import static dev.hearth.contracts.CloudEventHeaders.SUBJECT;
import static dev.hearth.contracts.CloudEventHeaders.TIME;
import static dev.hearth.contracts.CloudEventHeaders.TYPE;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents envelope of one public event as it travels on Kafka (binary mode: attributes in
 * headers, JSON payload in the value). {@code (aggregateId, aggregateSequence)} identifies the event
 * for deduplication, since Kafka delivers at least once.
 *
 * @param id                the event's own id (Axon's event identifier)
 * @param type              {@code dev.hearth.<context>.<EventName>.v<major>}, see {@link EventType#ceType()}
 * @param source            the publishing service, e.g. {@code /hearth/commitment-service}
 * @param subject           the coupleId, also the Kafka key
 * @param time              when the event happened, not when it was published
 * @param aggregateId       id of the aggregate that emitted the event
 * @param aggregateSequence the event's sequence number in that aggregate (0 for the first)
 * @param correlationId     the request that caused it, when there was one
 * @param data              the event record as JSON ({@link HearthEventJson})
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time,
                         String aggregateId, long aggregateSequence, @Nullable String correlationId,
                         byte[] data) {

    public CloudEvent {
        requireText(id, ID);
        requireText(type, TYPE);
        requireText(source, SOURCE);
        requireText(subject, SUBJECT);
        Objects.requireNonNull(time, TIME);
        requireText(aggregateId, AGGREGATE_ID);
        if (aggregateSequence < 0) {
            throw new IllegalArgumentException(AGGREGATE_SEQUENCE + " must not be negative: " + aggregateSequence);
        }
        Objects.requireNonNull(data, "data");
        data = data.clone();
    }

    /** A copy: the envelope stays immutable. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The Kafka headers of this event, {@link CloudEventHeaders#ALL} order; no correlation header without an id. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        headers.put(ID, id);
        headers.put(TYPE, type);
        headers.put(SOURCE, source);
        headers.put(SUBJECT, subject);
        headers.put(TIME, time.toString());
        headers.put(AGGREGATE_ID, aggregateId);
        headers.put(AGGREGATE_SEQUENCE, Long.toString(aggregateSequence));
        if (correlationId != null) {
            headers.put(CORRELATION_ID, correlationId);
        }
        headers.put(CONTENT_TYPE, JSON);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Reads an envelope from Kafka headers. Other headers (tracing, Spring's) are ignored, and so are
     * extensions Hearth does not know yet; a broken envelope is rejected, never guessed at.
     *
     * @throws IllegalArgumentException naming the first header that is missing or invalid
     */
    public static CloudEvent fromHeaders(Map<String, String> headers, byte[] data) {
        for (String name : headers.keySet()) {
            if (name.startsWith(PREFIX) && !CloudEventHeaders.isValidAttributeHeader(name)) {
                throw invalid(name, name, "attribute names are lower-case letters and digits only");
            }
        }
        String specVersion = required(headers, SPEC_VERSION);
        if (!SPEC_VERSION_VALUE.equals(specVersion)) {
            throw invalid(SPEC_VERSION, specVersion, "expected " + SPEC_VERSION_VALUE);
        }
        String contentType = required(headers, CONTENT_TYPE);
        if (!isJson(contentType)) {
            throw invalid(CONTENT_TYPE, contentType, "expected " + JSON);
        }
        return new CloudEvent(
                required(headers, ID),
                required(headers, TYPE),
                required(headers, SOURCE),
                required(headers, SUBJECT),
                instant(required(headers, TIME)),
                required(headers, AGGREGATE_ID),
                sequence(required(headers, AGGREGATE_SEQUENCE)),
                optional(headers, CORRELATION_ID),
                Objects.requireNonNull(data, "data"));
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static @Nullable String optional(Map<String, String> headers, String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Instant instant(String value) {
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(TIME, value, "expected an ISO-8601 instant such as 2025-01-31T18:30:00Z");
        }
    }

    private static long sequence(String value) {
        // Decimal digits only: Long.parseLong alone would also take "+5".
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(AGGREGATE_SEQUENCE, value, "expected a non-negative decimal number");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(AGGREGATE_SEQUENCE, value, "out of range");
        }
    }

    // "application/json; charset=utf-8" is still JSON.
    private static boolean isJson(String contentType) {
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.trim().equalsIgnoreCase(JSON);
    }

    private static IllegalArgumentException invalid(String header, String value, String why) {
        return new IllegalArgumentException("invalid CloudEvents header " + header + " '" + value + "': " + why);
    }

    private static void requireText(String value, String header) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(header + " must not be blank");
        }
    }

    // Records compare arrays by reference; an envelope is a value, so compare the payload's bytes.
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CloudEvent that
                && aggregateSequence == that.aggregateSequence
                && id.equals(that.id) && type.equals(that.type) && source.equals(that.source)
                && subject.equals(that.subject) && time.equals(that.time)
                && aggregateId.equals(that.aggregateId)
                && Objects.equals(correlationId, that.correlationId)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, source, subject, time, aggregateId, aggregateSequence, correlationId)
                * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "CloudEvent[id=" + id + ", type=" + type + ", source=" + source + ", subject=" + subject
                + ", time=" + time + ", aggregateId=" + aggregateId + ", aggregateSequence=" + aggregateSequence
                + ", correlationId=" + correlationId + ", data=" + data.length + " bytes]";
    }
}
