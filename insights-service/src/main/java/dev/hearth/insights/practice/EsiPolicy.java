package dev.hearth.insights.practice;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Emotional Safety Index, model {@value #MODEL}, which also names the whole bundle of policies
 * behind a summary (trust-v1, consistency-v1, listening-v1, vulnerability-v1, appreciation-v1,
 * conflict-v1, felt-safety-v1, signals-v1): the mean of the practice scores that have evidence.
 * The couple's ESI averages trust, listening, vulnerability, appreciation and conflict; a partner's,
 * their four (trust as promiser, listening as listener, vulnerability as responder, appreciation).
 * Felt safety is in no ESI. A formula change is a new bundle ({@code esi-v2}); answers under
 * {@code esi-v1} never change.
 */
public final class EsiPolicy {

    public static final String MODEL = "esi-v1";

    private EsiPolicy() {
    }

    /** @param practices how many practice scores had evidence */
    public record Esi(String model, @Nullable Double score, int practices) {
    }

    /** @param scores the practices' scores, null for one without evidence (trust without evidence included) */
    public static Esi of(@Nullable Double... scores) {
        double[] present = Arrays.stream(scores).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        @Nullable Double mean = present.length == 0 ? null : Measures.oneDecimal(Arrays.stream(present).average().orElseThrow());
        return new Esi(MODEL, mean, present.length);
    }
}
