package dev.hearth.platform.test.authorization;

/**
 * Who calls, as the matrix sees it. The couple under test has two partners: {@link #PARTNER} (who
 * started it and made the shared fixtures) and {@link #OTHER_PARTNER}; the {@link #OUTSIDER} is a
 * partner of another couple; the {@link #DEPARTED_PARTNER} left a couple that is now closed, and
 * {@link #AFTER_ERASURE} is a partner of a couple the other partner erased. The last two call their
 * own former couple: everything under it is 404 to them, as if it never existed.
 */
public enum Actor {
    NO_TOKEN, OUTSIDER, DEPARTED_PARTNER, AFTER_ERASURE, PARTNER, OTHER_PARTNER
}
