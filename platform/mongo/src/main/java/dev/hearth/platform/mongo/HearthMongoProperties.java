package dev.hearth.platform.mongo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps its read models. The connection itself is Boot's ({@code spring.mongodb.uri}).
 *
 * @param database the service's own database, e.g. {@code hearth_commitment}; required
 */
@ConfigurationProperties("hearth.mongodb")
public record HearthMongoProperties(@Nullable String database) {
}
