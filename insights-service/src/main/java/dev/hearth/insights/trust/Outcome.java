package dev.hearth.insights.trust;

import java.time.Instant;

/** One recorded outcome of a promise, as the trust policy sees it: who promised, what happened, when. */
public record Outcome(String promiserId, Kind kind, Instant occurredAt) {

    public enum Kind { KEPT, BROKEN, MISSED }
}
