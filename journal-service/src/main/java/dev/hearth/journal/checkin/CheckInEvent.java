package dev.hearth.journal.checkin;

import dev.hearth.platform.couple.OfCouple;

/** An event of a check-in's stream, as the event store keeps it: there is one, and the seal leaves room for more. */
public sealed interface CheckInEvent extends OfCouple permits SafetyCheckedIn {

    String checkInId();
}
