package dev.hearth.launcher.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's rate-limit variables as {@code ./hearth up} passes them on: whatever of
 * {@link #VARIABLES} the caller's environment sets; and {@link #RAISED}, the set a benchmark run
 * starts with ({@code ./hearth up --tuned}) so that {@code ./hearth bench} measures the platform,
 * not the limiter.
 */
public final class RateLimits {

    public static final List<String> VARIABLES = List.of(
            "HEARTH_RATE_LIMIT_ENABLED",
            "HEARTH_RATE_LIMIT_USER_RATE", "HEARTH_RATE_LIMIT_USER_BURST",
            "HEARTH_RATE_LIMIT_ANONYMOUS_RATE", "HEARTH_RATE_LIMIT_ANONYMOUS_BURST",
            "HEARTH_RATE_LIMIT_TRUSTED_HOPS");

    /**
     * Limits far above what one machine can send (the bench's 20 couples at 1,000 commands/s is 25
     * requests/s per user): still on, so the limiter's own cost stays in the measurement.
     */
    public static final Map<String, String> RAISED = Map.of(
            "HEARTH_RATE_LIMIT_USER_RATE", "100000", "HEARTH_RATE_LIMIT_USER_BURST", "100000",
            "HEARTH_RATE_LIMIT_ANONYMOUS_RATE", "100000", "HEARTH_RATE_LIMIT_ANONYMOUS_BURST", "100000");

    private RateLimits() {
    }

    /** The rate-limit variables {@code environment} sets, to pass on to the gateway. */
    public static Map<String, String> from(Map<String, String> environment) {
        Map<String, String> limits = new LinkedHashMap<>();
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                limits.put(variable, value.trim());
            }
        }
        return limits;
    }

    /** {@link #RAISED}, except where {@code environment} sets a limit itself. */
    public static Map<String, String> raised(Map<String, String> environment) {
        Map<String, String> limits = new LinkedHashMap<>(RAISED);
        limits.putAll(from(environment));
        return limits;
    }
}
