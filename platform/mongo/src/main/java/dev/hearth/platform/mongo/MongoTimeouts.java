package dev.hearth.platform.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the MongoDB client waits before it gives up, so that a request to a service whose
 * read-model database is away fails in seconds (a 503) instead of hanging for the driver's defaults
 * (30 s to select a server, 2 minutes for a pooled connection, no limit on a read). Options in the
 * connection string ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS},
 * {@code socketTimeoutMS}, {@code waitQueueTimeoutMS}) win over these.
 *
 * @param serverSelection how long an operation waits for a server it may use (none answers: a stopped server, a lost primary)
 * @param connect         how long opening a connection may take
 * @param read            how long a read of an answer may take; longer than any legitimate query or bulk write of a view
 * @param poolWait        how long an operation waits for a free pooled connection
 * @param heartbeat       how often the client checks the server (the driver's default is 10 s): a server that
 *                        stopped answering is known within this and {@code connect}, after which requests fail in
 *                        {@code serverSelection} instead of each waiting out a {@code read} on a pooled connection
 */
@ConfigurationProperties("hearth.mongodb.timeouts")
public record MongoTimeouts(@DefaultValue("2s") Duration serverSelection, @DefaultValue("2s") Duration connect,
                            @DefaultValue("5s") Duration read, @DefaultValue("2s") Duration poolWait,
                            @DefaultValue("2s") Duration heartbeat) {
}
