package dev.hearth.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * How far ahead a request may schedule something: strictly after now and at most
 * {@value #MAX_DAYS} days (five years) ahead. Anything further is a typo or an attack (a year
 * 300000000 cannot even be stored as a BSON date), never a plan. One rule for every date that
 * schedules; dates that only filter or select a range keep their own rules.
 */
public final class Horizon {

    public static final int MAX_DAYS = 1_826;
    public static final Duration MAX_AHEAD = Duration.ofDays(MAX_DAYS);
    /** The rule as a sentence after the field's name, the same in the 400 and in the API docs. */
    public static final String RULE = "must be in the future and at most " + MAX_DAYS + " days ahead";

    private Horizon() {
    }

    /** @return whether {@code when} lies after {@code now} and no more than {@link #MAX_AHEAD} after it */
    public static boolean admits(Instant when, Instant now) {
        return when.isAfter(now) && !when.isAfter(now.plus(MAX_AHEAD));
    }
}
