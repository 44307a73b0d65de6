package dev.hearth.bench;

/** What {@code --seed-events} did. */
record Seeding(long target, long eventsBefore, long eventsAfter, long pairs, long failures, double seconds, boolean reached) {
}
