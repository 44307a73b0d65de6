package dev.hearth.insights.practice;

import dev.hearth.insights.trust.TrustScore;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signals, model {@value #MODEL}: named alerts, each with a blameless sentence carrying its
 * numbers. Never about felt safety.
 *
 * <ul>
 *   <li>{@code TRUST_DROP}: the couple's or a partner's trust at least {@value #TRUST_DROP_POINTS}
 *       below its value at the end of the local day {@value #TRUST_DROP_DAYS} days ago, that value
 *       not low-confidence;</li>
 *   <li>{@code APPRECIATION_IMBALANCE}: at least {@value #IMBALANCE_MIN_APPRECIATIONS}
 *       appreciations in the window, reciprocity below {@value #IMBALANCE_BELOW};</li>
 *   <li>{@code UNANSWERED_BIDS}: of a partner's bids written 2–15 local days ago, at least
 *       {@value #UNANSWERED_MIN_BIDS}, and at least half waited over 24 h;</li>
 *   <li>{@code REPAIR_STALLED}: a conflict open over {@value #STALLED_AFTER_DAYS} days.</li>
 * </ul>
 */
public final class SignalsPolicy {

    public static final String MODEL = "signals-v1";
    public static final double TRUST_DROP_POINTS = 10.0;
    public static final int TRUST_DROP_DAYS = 14;
    public static final long IMBALANCE_MIN_APPRECIATIONS = 4;
    public static final double IMBALANCE_BELOW = 0.5;
    public static final long UNANSWERED_MIN_BIDS = 3;
    /** Bids written this many local days ago, from the first to the second figure, are looked at. */
    public static final int UNANSWERED_FROM_DAYS_AGO = 15;
    public static final int UNANSWERED_TO_DAYS_AGO = 2;
    public static final int STALLED_AFTER_DAYS = 7;

    private SignalsPolicy() {
    }

    public enum Type { TRUST_DROP, APPRECIATION_IMBALANCE, UNANSWERED_BIDS, REPAIR_STALLED }

    /** @param partnerId the partner it is about, null for the couple */
    public record Signal(Type type, @Nullable String partnerId, String explanation) {
    }

    /** @param partnerId null for the couple's trust */
    public static Optional<Signal> trustDrop(@Nullable String partnerId, TrustScore now, TrustScore then) {
        if (then.lowConfidence() || then.score() - now.score() < TRUST_DROP_POINTS) {
            return Optional.empty();
        }
        String whose = partnerId == null ? "Trust between you" : "Trust in this partner's promises";
        return Optional.of(new Signal(Type.TRUST_DROP, partnerId, String.format(Locale.ROOT,
                "%s moved from %.1f to %.1f over the last %d days, as recent outcomes weigh more than older ones.",
                whose, then.score(), now.score(), TRUST_DROP_DAYS)));
    }

    /** @param a,b each partner's appreciations in the window */
    public static Optional<Signal> appreciationImbalance(long a, long b) {
        if (a + b < IMBALANCE_MIN_APPRECIATIONS || Measures.balance(a, b) >= IMBALANCE_BELOW) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Type.APPRECIATION_IMBALANCE, null, String.format(Locale.ROOT,
                "Of %d appreciations in the last %d days, %d went one way and %d the other (reciprocity %.2f).",
                a + b, Window.DAYS, Math.max(a, b), Math.min(a, b), Measures.balance(a, b))));
    }

    /**
     * @param partnerId who wrote the bids
     * @param bids      their bids written 2–15 local days ago
     * @param waited    how many of those waited over 24 h for an answer (or still wait)
     */
    public static Optional<Signal> unansweredBids(String partnerId, long bids, long waited) {
        if (bids < UNANSWERED_MIN_BIDS || 2 * waited < bids) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Type.UNANSWERED_BIDS, partnerId, String.format(Locale.ROOT,
                "%d of %d bids shared %d to %d days ago waited more than 24 hours for an answer.",
                waited, bids, UNANSWERED_TO_DAYS_AGO, UNANSWERED_FROM_DAYS_AGO)));
    }

    /** @param oldestOpen when the longest-open conflict was opened, null when none is open */
    public static Optional<Signal> repairStalled(@Nullable Instant oldestOpen, Instant now) {
        if (oldestOpen == null || !Duration.between(oldestOpen, now).minusDays(STALLED_AFTER_DAYS).isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Type.REPAIR_STALLED, null, String.format(Locale.ROOT,
                "A conflict opened %d days ago has not been marked repaired yet.",
                Duration.between(oldestOpen, now).toDays())));
    }
}
