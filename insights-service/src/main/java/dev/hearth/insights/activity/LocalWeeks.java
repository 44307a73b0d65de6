package dev.hearth.insights.activity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Local days and ISO weeks in a couple's timezone: a fact counts on its local day, and its day's
 * bucket is the ISO week (week-based year) that day falls in — {@code 2027-W01} in Auckland while
 * it is still {@code 2026-W53} in UTC.
 */
public final class LocalWeeks {

    private LocalWeeks() {
    }

    public static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** {@code 2026-W48}. */
    public static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first instant of a local day (23 or 25 hours before the next one on a DST change). */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The ids of the week buckets a span of local days touches, oldest first. */
    public static List<String> bucketIds(String coupleId, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            ids.add(bucketId(coupleId, monday));
        }
        return ids;
    }

    /** The bucket of a couple's week: {@code coupleId:2026-W48}. */
    public static String bucketId(String coupleId, LocalDate day) {
        return coupleId + ":" + week(day);
    }
}
