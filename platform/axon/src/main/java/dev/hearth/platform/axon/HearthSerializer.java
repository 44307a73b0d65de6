package dev.hearth.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How Axon writes events, tokens and messages: Jackson 2 (which Axon's serializer needs; Boot 4's own
 * mapper is Jackson 3), instants as ISO-8601 strings, unknown fields ignored. One definition, used by
 * {@link HearthAxonAutoConfiguration} and by the golden samples of the stored events, so a change
 * here that would leave stored events unreadable fails those tests.
 */
public final class HearthSerializer {

    private HearthSerializer() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JacksonSerializer jackson(ObjectMapper objectMapper, RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper)
                .revisionResolver(revisionResolver)
                .build();
    }

    /** The event serializer as a service configures it: revisions from {@code @Revision}, Axon's default. */
    public static JacksonSerializer forEvents() {
        return jackson(objectMapper(), new AnnotationRevisionResolver());
    }
}
