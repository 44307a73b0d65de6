package dev.hearth.contracts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Kafka header names of a public event: CloudEvents 1.0 in binary mode, where every attribute is a
 * {@code ce_}-prefixed header and the payload is the record's JSON.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** Extension: the id of the aggregate that emitted the event. */
    public static final String AGGREGATE_ID = "ce_aggregateid";
    /** Extension: the event's sequence number in its aggregate, decimal. With the id, the dedupe key. */
    public static final String AGGREGATE_SEQUENCE = "ce_aggregateseq";
    /** Extension, optional: the correlation id of the request that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** The prefix that marks a Kafka header as a CloudEvents attribute. */
    public static final String PREFIX = "ce_";

    /** Every header Hearth writes, in the order it writes them. */
    public static final List<String> ALL = List.of(SPEC_VERSION, ID, TYPE, SOURCE, SUBJECT, TIME,
            AGGREGATE_ID, AGGREGATE_SEQUENCE, CORRELATION_ID, CONTENT_TYPE);

    // CloudEvents 1.0: attribute names consist of lower-case ASCII letters and digits only.
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]+");

    private CloudEventHeaders() {
    }

    /** Whether a {@code ce_} header names its attribute as CloudEvents requires ({@code ce_aggregateseq} yes, {@code ce_aggregate_seq} no). */
    public static boolean isValidAttributeHeader(String header) {
        return header.startsWith(PREFIX)
                && (ALL.contains(header) || ATTRIBUTE_NAME.matcher(header.substring(PREFIX.length())).matches());
    }
}
