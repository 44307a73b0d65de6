package dev.hearth.contracts;

import dev.hearth.contracts.commitment.PublicCommitmentEvent;
import dev.hearth.contracts.couple.PublicCoupleEvent;
import dev.hearth.contracts.journal.PublicJournalEvent;

/**
 * An event of Hearth's public contract: what travels on Kafka between services. Facts only — no
 * journal text, conflict topic, promise description or note ever appears here (privacy rule).
 * Every event names its couple, which is also the Kafka key. {@link EventType} lists them all.
 *
 * <p>Sealed, one sub-interface per context, so that a consumer's {@code switch} over the events it
 * reads is exhaustive: a new event does not compile until every consumer says what it does with it.
 * (A sealed hierarchy across packages is why this module is a named module: see module-info.java.)
 */
public sealed interface PublicEvent permits PublicCoupleEvent, PublicCommitmentEvent, PublicJournalEvent {

    String coupleId();
}
