package dev.hearth.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A couple the bench formed: alice makes promises to bob, bob records them kept. {@code keptByUs}
 * counts the keeps the platform accepted, which the couple's insights must reach once drained.
 */
record Couple(String id, String alice, String aliceToken, String bob, String bobToken, AtomicLong keptByUs) {
}
