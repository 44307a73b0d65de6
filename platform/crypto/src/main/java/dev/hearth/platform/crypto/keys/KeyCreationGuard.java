package dev.hearth.platform.crypto.keys;

/**
 * Whether a couple may get its first key (a service's bean; without one, any may). Asked in the
 * transaction about to create it, after the couple's shared lock, so an erasure that committed
 * meanwhile is seen: a write racing it finds no key and may not revive one
 * ({@link CoupleKeyRefused}).
 */
public interface KeyCreationGuard {

    KeyCreationGuard ALLOW = coupleId -> true;

    boolean mayCreateKey(String coupleId);

    /** Whether an author may get their first own key in the couple; by default, whether the couple may get one. */
    default boolean mayCreateAuthorKey(String coupleId, String authorId) {
        return mayCreateKey(coupleId);
    }
}
