package dev.hearth.platform.consumer;

import dev.hearth.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts a record's correlation id ({@code ce_correlationid}) into the MDC while the listener and, on
 * failure, the error handler work on it, so those log lines name the request that caused the event.
 * The key is the one platform-problems' request filter uses, so a search for one id finds the
 * request, the events it caused and every consumer's work on them. Ids are accepted with the
 * filter's rule only: a header is input from another service and must not forge log lines.
 */
final class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    /** platform-problems' {@code CorrelationId.MDC_KEY}; not a dependency, this module has no servlet. */
    static final String MDC_KEY = "correlationId";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        correlationId(record).ifPresentOrElse(id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(MDC_KEY);
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        MDC.remove(MDC_KEY);
    }

    static Optional<String> correlationId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.CORRELATION_ID);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        String id = new String(header.value(), StandardCharsets.UTF_8);
        return VALID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
