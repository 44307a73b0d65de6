package dev.hearth.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A couple the bench formed: alice makes promises to bob, bob records them kept. {@code keptByUs}
 * counts the keeps the platform accepted, which the couple's insights must reach once drained;
 * {@code keptNotYetListed} holds the promises kept in a run or step that the couple's promise list
 * has not yet been seen to show as kept (the drain empties it).
 */
record Couple(String id, String alice, String aliceToken, String bob, String bobToken, AtomicLong keptByUs,
              Set<String> keptNotYetListed) {

    Couple(String id, String alice, String aliceToken, String bob, String bobToken) {
        this(id, alice, aliceToken, bob, bobToken, new AtomicLong(), ConcurrentHashMap.newKeySet());
    }
}
