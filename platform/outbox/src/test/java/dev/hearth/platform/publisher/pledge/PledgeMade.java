package dev.hearth.platform.publisher.pledge;

import org.axonframework.serialization.Revision;

/** Internal: the description never leaves the service. */
@Revision("1")
public record PledgeMade(String pledgeId, String coupleId, String promiserId, String promiseeId, String description) {
}
