package dev.hearth.platform.test.authorization;

/**
 * Who calls, as the matrix sees it. The couple under test has two partners: {@link #PARTNER} (who
 * started it and made the shared fixtures) and {@link #OTHER_PARTNER}; the {@link #OUTSIDER} is a
 * partner of another couple. Later issues add actors (a departed partner, a partner after erasure):
 * a row that does not name one expects nothing of it.
 */
public enum Actor {
    NO_TOKEN, OUTSIDER, PARTNER, OTHER_PARTNER
}
