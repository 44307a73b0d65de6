package dev.hearth.insights.couple;

import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustTally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A couple's promise outcomes as insights learns them from {@code hearth.commitments.v1}: one
 * running tally for the couple and one per promiser (at most two), bounded whatever the history,
 * and the misses a late keep may still replace — those whose due time lies within the late-keep
 * window of the newest outcome, at most {@value #MAX_RECENT_MISSES}.
 *
 * @param updatedAt the time of the newest outcome applied
 */
public record CoupleTrust(String coupleId, TrustTally couple, List<PromiserTally> promisers, @Nullable Instant updatedAt,
                          List<Miss> recentMisses) {

    /** As long as commitment-service lets a missed promise be kept late (hearth.promises.late-keep-window's default). */
    public static final Duration LATE_KEEP_WINDOW = Duration.ofHours(24);
    public static final int MAX_RECENT_MISSES = 200;

    public CoupleTrust {
        promisers = List.copyOf(promisers);
        recentMisses = List.copyOf(recentMisses);
    }

    public CoupleTrust(String coupleId, TrustTally couple, List<PromiserTally> promisers, @Nullable Instant updatedAt) {
        this(coupleId, couple, promisers, updatedAt, List.of());
    }

    public static CoupleTrust none(String coupleId) {
        return new CoupleTrust(coupleId, TrustTally.NONE, List.of(), null, List.of());
    }

    /** A miss, dated at its due time, that a late keep of the same promise and due time replaces. */
    public record Miss(String promiseId, String promiserId, Instant dueAt) {
    }

    /** A missed promise, counted at its due time (not when it was recorded: an outage must not freshen it). */
    public CoupleTrust missed(String promiseId, String promiserId, Instant dueAt) {
        Miss miss = new Miss(promiseId, promiserId, dueAt);
        if (recentMisses.contains(miss)) {
            return this;
        }
        CoupleTrust counted = with(promiserId, Outcome.Kind.MISSED, dueAt);
        List<Miss> misses = new ArrayList<>(counted.recentMisses);
        misses.add(miss);
        return counted.withRecentMisses(misses);
    }

    /**
     * A keep at {@code at}; a late one ({@code dueAt} given) of a miss still held replaces that miss,
     * so a promise done at 18:00 and recorded at 21:00 costs no trust.
     */
    public CoupleTrust kept(String promiseId, String promiserId, @Nullable Instant dueAt, Instant at) {
        CoupleTrust trust = this;
        Miss miss = dueAt == null ? null : new Miss(promiseId, promiserId, dueAt);
        if (miss != null && recentMisses.contains(miss)) {
            List<PromiserTally> next = new ArrayList<>();
            for (PromiserTally promiser : promisers) {
                next.add(promiser.userId().equals(promiserId)
                        ? new PromiserTally(promiserId, promiser.tally().without(Outcome.Kind.MISSED, dueAt)) : promiser);
            }
            List<Miss> misses = new ArrayList<>(recentMisses);
            misses.remove(miss);
            trust = new CoupleTrust(coupleId, couple.without(Outcome.Kind.MISSED, dueAt), next, updatedAt, misses);
        }
        return trust.with(promiserId, Outcome.Kind.KEPT, at);
    }

    private CoupleTrust withRecentMisses(List<Miss> misses) {
        Instant newest = updatedAt;
        List<Miss> kept = new ArrayList<>(misses.stream()
                .filter(miss -> newest == null || !miss.dueAt().plus(LATE_KEEP_WINDOW).isBefore(newest))
                .toList());
        while (kept.size() > MAX_RECENT_MISSES) {
            kept.remove(0);
        }
        return new CoupleTrust(coupleId, couple, promisers, updatedAt, kept);
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
        return new CoupleTrust(coupleId, couple.with(kind, at), next, newest, recentMisses).withRecentMisses(recentMisses);
    }

    public TrustTally of(String promiserId) {
        return promisers.stream().filter(promiser -> promiser.userId().equals(promiserId)).map(PromiserTally::tally)
                .findFirst().orElse(TrustTally.NONE);
    }
}
