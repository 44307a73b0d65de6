package dev.hearth.journal.checkin.web;

/** Answer of a recorded check-in. */
record CheckInCreated(String checkInId) {
}
