package dev.hearth.journal.couple;

import dev.hearth.platform.couple.OfCouple;

/**
 * An event of a couple's stream, as the event store keeps it. Sealed, so that every fold and every
 * translation of the stream is an exhaustive {@code switch}: a new event does not compile until each
 * of them says what it means.
 */
public sealed interface CoupleEvent extends OfCouple permits CoupleStarted, PartnerInvited, PartnerJoined, PartnerLeft,
        CoupleErased {

    String coupleId();
}
