package dev.hearth.contracts.couple;

import dev.hearth.contracts.PublicEvent;

/** A public event of the couple context, on {@code hearth.couples.v1}. */
public sealed interface PublicCoupleEvent extends PublicEvent permits CoupleStarted, PartnerInvited, PartnerJoined,
        PartnerLeft, CoupleErased {
}
