package dev.hearth.insights.summary;

import dev.hearth.insights.activity.Days;
import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.activity.OpenConflicts;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.CoupleTrust;
import dev.hearth.insights.practice.ConsistencyPolicy;
import dev.hearth.insights.practice.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What insights knows of a couple at one moment, as read by {@code _id}: members, trust tallies, and
 * the journal and outcome buckets of the days a computation needs.
 *
 * @param today        the local date of {@code now} in the couple's timezone
 * @param outcomeWeeks how many ISO weeks of outcomes, back from this one, {@code outcomes} holds
 *                     (8 for consistency; up to 53 when a streak reaches further back)
 */
public record CoupleFacts(CoupleMembers members, CoupleTrust trust, Days<JournalCounters> journal,
                          Days<OutcomeCounters> outcomes, int outcomeWeeks, OpenConflicts openConflicts, ZoneId zone,
                          LocalDate today, Instant now) {

    /** Enough weeks for the longest streak counted (52, back from last week). */
    public static final int STREAK_WEEKS = ConsistencyPolicy.MAX_STREAK + 1;

    /** The window of activity metrics ending today. */
    public Window window() {
        return Window.ending(today, startedOn());
    }

    public LocalDate startedOn() {
        return members.startedAt() == null ? today : LocalWeeks.day(members.startedAt(), zone);
    }

    /** {@code count} consecutive ISO weeks of outcomes ending with the week of {@code last}, oldest first. */
    public List<ConsistencyPolicy.Week> weeks(LocalDate last, int count, Predicate<String> who) {
        List<ConsistencyPolicy.Week> weeks = new ArrayList<>();
        LocalDate monday = LocalWeeks.monday(last).minusWeeks(count - 1L);
        for (int i = 0; i < count; i++, monday = monday.plusWeeks(1)) {
            OutcomeCounters week = outcomes.sum(monday, monday.plusDays(6), who);
            weeks.add(new ConsistencyPolicy.Week(week.kept(), week.broken(), week.missed()));
        }
        return weeks;
    }

    /** The other partner, or "" (no one) while only one has joined. */
    public String other(String userId) {
        return members.everyone().stream().filter(partner -> !partner.equals(userId)).findFirst().orElse("");
    }
}
