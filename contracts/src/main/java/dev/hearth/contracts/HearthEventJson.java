package dev.hearth.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON mapping of public events, shared by the publisher and every consumer so that both
 * sides agree byte for byte. Jackson 2 with its own mapper, independent of whatever Jackson the web
 * layer uses: instants as ISO-8601 strings, absent values omitted, unknown fields ignored (a tolerant
 * reader, so additive changes to an event keep old consumers working).
 */
public final class HearthEventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** One reader per type, made once: every consumer reads every record of its topics through here. */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    /** A record type's accessors of components that must not be null, found once per type (reflection is slow). */
    private static final ClassValue<List<Method>> REQUIRED = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return List.of();
            }
            List<Method> required = new ArrayList<>();
            for (RecordComponent component : components) {
                if (!component.getType().isPrimitive() && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    Method accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    required.add(accessor);
                }
            }
            return List.copyOf(required);
        }
    };

    private HearthEventJson() {
    }

    /** The event's JSON payload. Only registered {@link EventType}s are written. */
    public static byte[] write(PublicEvent event) {
        EventType.of(event);
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads the payload of an event of the given type.
     *
     * @throws IllegalArgumentException if it is not JSON of that type or lacks a required field
     */
    public static PublicEvent read(EventType type, byte[] json) {
        return read(json, type.recordType());
    }

    /**
     * Reads JSON into a type. A record must have every component that is not {@code @Nullable}:
     * unknown fields are tolerated, missing required ones are not.
     *
     * @throws IllegalArgumentException if the JSON cannot be read as that type
     */
    public static <T> T read(byte[] json, Class<T> type) {
        T value;
        try {
            value = READERS.get(type).readValue(json);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " JSON: " + why, e);
        }
        if (value == null) {
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " JSON: null");
        }
        requireComponents(value);
        return value;
    }

    // Jackson fills a missing creator property with null; a consumer must not find that out later.
    private static void requireComponents(Object value) {
        for (Method accessor : REQUIRED.get(value.getClass())) {
            if (componentValue(accessor, value) == null) {
                throw new IllegalArgumentException("unreadable " + value.getClass().getSimpleName()
                        + " JSON: missing field " + accessor.getName());
            }
        }
    }

    private static @Nullable Object componentValue(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
