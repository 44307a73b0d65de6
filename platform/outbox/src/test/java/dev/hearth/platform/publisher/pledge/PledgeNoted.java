package dev.hearth.platform.publisher.pledge;

import org.axonframework.serialization.Revision;

/** Internal and private: never published. */
@Revision("1")
public record PledgeNoted(String pledgeId, String coupleId, String note) {
}
