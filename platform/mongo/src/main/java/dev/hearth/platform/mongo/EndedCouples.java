package dev.hearth.platform.mongo;

import java.time.Instant;

/**
 * Facts an instance keeps in memory about couples (its membership cache, {@link ViewMemberships}), told
 * of couples ending as every instance hears them, before or after the view's one writer records them.
 */
public interface EndedCouples {

    /** The user left the couple. */
    void partnerLeft(String coupleId, String userId);

    /** The couple was erased. */
    void erased(String coupleId, Instant at);
}
