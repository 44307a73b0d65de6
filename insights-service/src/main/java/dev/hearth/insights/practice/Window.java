package dev.hearth.insights.practice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The window activity metrics cover: local today and the {@value #DAYS}−1 days before, in the
 * couple's timezone. {@code days} is how many of those days the couple has existed, at least
 * {@value #MIN_DAYS} so that a couple of one day does not read as a flood: "per week" is
 * {@code count × 7 / days}.
 */
public record Window(LocalDate from, LocalDate to, int days) {

    public static final int DAYS = 28;
    public static final int MIN_DAYS = 7;

    /** The window ending {@code today} for a couple started on {@code startedOn} (its local date). */
    public static Window ending(LocalDate today, LocalDate startedOn) {
        LocalDate from = today.minusDays(DAYS - 1);
        LocalDate first = startedOn.isAfter(from) ? startedOn : from;
        long existed = ChronoUnit.DAYS.between(first, today) + 1;
        return new Window(from, today, (int) Math.clamp(existed, MIN_DAYS, DAYS));
    }

    /** A count over the window as a weekly rate (unrounded). */
    public double perWeek(long count) {
        return count * 7.0 / days;
    }
}
