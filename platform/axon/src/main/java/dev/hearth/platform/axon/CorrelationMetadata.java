package dev.hearth.platform.axon;

import java.util.Optional;
import org.axonframework.messaging.Message;

/**
 * Where the request's correlation id travels inside Axon: a metadata entry on commands, copied onto
 * every event they cause, and from there into the Kafka headers ({@code ce_correlationid}).
 */
public final class CorrelationMetadata {

    /** The metadata key. Not Axon's own {@code correlationId}, which is the id of the causing message. */
    public static final String KEY = "hearthCorrelationId";

    private CorrelationMetadata() {
    }

    /** The correlation id a message carries, if any. */
    public static Optional<String> of(Message<?> message) {
        return message.getMetaData().get(KEY) instanceof String id && !id.isBlank()
                ? Optional.of(id)
                : Optional.empty();
    }
}
