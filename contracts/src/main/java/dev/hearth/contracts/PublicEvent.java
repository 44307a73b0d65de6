package dev.hearth.contracts;

import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;

/**
 * An event of Hearth's public contract: what travels on Kafka between services. Facts only — no
 * journal text, conflict topic, promise description or note ever appears here (privacy rule).
 * Every event names its couple, which is also the Kafka key.
 */
public sealed interface PublicEvent
        permits CoupleStarted, PartnerInvited, PartnerJoined, PromiseMade, PromiseKept, PromiseBroken {

    String coupleId();
}
