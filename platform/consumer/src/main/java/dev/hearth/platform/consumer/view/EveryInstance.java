package dev.hearth.platform.consumer.view;

/**
 * What every instance of a service must do itself when a couple ends, not only the one whose
 * partition carries it: drop what it holds in memory (the membership cache is handled by the platform,
 * see {@code ViewMemberships}; a service adds, say, dropping the couple's unwrapped keys). Heard from
 * {@code hearth.couples.v1} as the events arrive, from the end of the topic on: an instance that starts
 * later holds nothing of before. Must be quick and idempotent.
 */
public interface EveryInstance {

    default void partnerLeft(String coupleId, String userId) {
    }

    default void coupleErased(String coupleId) {
    }
}
