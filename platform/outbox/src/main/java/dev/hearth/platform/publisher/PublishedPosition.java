package dev.hearth.platform.publisher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Up to which store position the publisher committed. From the processor's own status when this
 * instance holds its segment (no query); otherwise (another replica holds it, or the processor is
 * backing off after an error) from the token store's rows, read without claiming them: Axon's
 * {@code TokenStore} can only fetch a token by claiming it, which would steal the segment. The rows
 * are decoded with the token store's own serializer. The lowest position of all segments counts.
 */
final class PublishedPosition {

    private final Supplier<Optional<TrackingEventProcessor>> processor;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final String query;

    PublishedPosition(Supplier<Optional<TrackingEventProcessor>> processor, DataSource dataSource,
                      Serializer tokenSerializer, TokenSchema schema) {
        this.processor = processor;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenSerializer = tokenSerializer;
        this.query = "SELECT " + schema.tokenColumn() + ", " + schema.tokenTypeColumn()
                + " FROM " + schema.tokenTable() + " WHERE " + schema.processorNameColumn() + " = ?";
    }

    long get() {
        Map<Integer, EventTrackerStatus> claimedHere = processor.get()
                .map(TrackingEventProcessor::processingStatus).orElse(Map.of());
        if (!claimedHere.isEmpty()) {
            return claimedHere.values().stream()
                    .mapToLong(status -> status.getCurrentPosition().orElse(0))
                    .min().orElse(0);
        }
        List<Long> stored = jdbc.query(query, (row, index) -> position(row.getBytes(1), row.getString(2)),
                KafkaEventPublisher.PROCESSING_GROUP);
        return stored.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private long position(byte @Nullable [] token, @Nullable String type) {
        if (token == null || type == null) {
            return 0;
        }
        @Nullable TrackingToken trackingToken = tokenSerializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, type, null));
        OptionalLong position = trackingToken == null ? OptionalLong.empty() : trackingToken.position();
        return position.orElse(0);
    }
}
