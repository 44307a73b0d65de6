package dev.hearth.platform.publisher.pledge;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PledgeKept(String pledgeId, String coupleId, String promiserId, String promiseeId, String recordedBy) {
}
