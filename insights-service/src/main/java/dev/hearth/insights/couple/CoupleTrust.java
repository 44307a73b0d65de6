package dev.hearth.insights.couple;

import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustTally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A couple's promise outcomes as insights learns them from {@code hearth.commitments.v1}: one
 * running tally for the couple and one per promiser (at most two), bounded whatever the history.
 *
 * @param updatedAt the time of the newest outcome applied
 */
public record CoupleTrust(String coupleId, TrustTally couple, List<PromiserTally> promisers, @Nullable Instant updatedAt) {

    public CoupleTrust {
        promisers = List.copyOf(promisers);
    }

    public static CoupleTrust none(String coupleId) {
        return new CoupleTrust(coupleId, TrustTally.NONE, List.of(), null);
    }

    /** One partner's outcomes as promiser. */
    public record PromiserTally(String userId, TrustTally tally) {
    }

    public CoupleTrust with(String promiserId, Outcome.Kind kind, Instant at) {
        List<PromiserTally> next = new ArrayList<>();
        boolean found = false;
        for (PromiserTally promiser : promisers) {
            if (promiser.userId().equals(promiserId)) {
                next.add(new PromiserTally(promiserId, promiser.tally().with(kind, at)));
                found = true;
            } else {
                next.add(promiser);
            }
        }
        if (!found) {
            next.add(new PromiserTally(promiserId, TrustTally.NONE.with(kind, at)));
        }
        Instant newest = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt;
        return new CoupleTrust(coupleId, couple.with(kind, at), next, newest);
    }

    public TrustTally of(String promiserId) {
        return promisers.stream().filter(promiser -> promiser.userId().equals(promiserId)).map(PromiserTally::tally)
                .findFirst().orElse(TrustTally.NONE);
    }
}
