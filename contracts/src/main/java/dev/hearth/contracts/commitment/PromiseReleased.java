package dev.hearth.contracts.commitment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The promisee let the promiser off, without blame; the note stays inside commitment-service. Never
 * counted against trust.
 *
 * @param reason null when the promisee released it; {@code PARTNER_LEFT} when the system released it
 *               because a partner left the couple ({@code recordedBy} is then the leaver)
 */
public record PromiseReleased(String promiseId, String coupleId, String promiserId, String promiseeId,
                              String recordedBy, @Nullable Instant dueAt, @Nullable String reason)
        implements PublicCommitmentEvent {

    /** The only reason the system gives today. */
    public static final String PARTNER_LEFT = "PARTNER_LEFT";
}
