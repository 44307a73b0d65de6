package dev.hearth.insights.summary.web;

import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.activity.view.ActivityReader;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.insights.practice.ConsistencyPolicy;
import dev.hearth.insights.practice.Window;
import dev.hearth.insights.summary.CoupleFacts;
import dev.hearth.insights.summary.Trends;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Reads what a computation needs, each by {@code _id}: the trust tallies, the journal weeks from
 * {@code from} and the outcome weeks from 8 weeks back (53 only when a streak reaches that far),
 * the couple's pending facts and its open conflicts — a bounded number of reads at any size.
 */
@Component
class SummaryReads {

    private final CoupleInsights couples;
    private final ActivityReader activity;

    SummaryReads(CoupleInsights couples, ActivityReader activity) {
        this.couples = couples;
        this.activity = activity;
    }

    /** The facts of the summary's window (and the signals' days, inside it). */
    CoupleFacts forSummary(CoupleMembers members, Instant now) {
        ZoneId zone = members.zone();
        LocalDate today = LocalWeeks.day(now, zone);
        CoupleFacts facts = read(members, now, today.minusDays(Window.DAYS - 1L), ConsistencyPolicy.WEEKS);
        for (String partner : members.everyone()) {
            if (reachesBack(facts, partner::equals)) {
                return read(members, now, today.minusDays(Window.DAYS - 1L), CoupleFacts.STREAK_WEEKS);
            }
        }
        return reachesBack(facts, user -> true)
                ? read(members, now, today.minusDays(Window.DAYS - 1L), CoupleFacts.STREAK_WEEKS) : facts;
    }

    /** The facts from {@code from} (and the weeks of outcomes before it that consistency reads) through today. */
    CoupleFacts forTrend(CoupleMembers members, Instant now, LocalDate from) {
        ZoneId zone = members.zone();
        LocalDate today = LocalWeeks.day(now, zone);
        LocalDate first = from.isAfter(today) ? today : from;
        int weeks = (int) Trends.periods(Trends.Granularity.WEEK, first, today) + ConsistencyPolicy.WEEKS - 1;
        return read(members, now, first, weeks);
    }

    private CoupleFacts read(CoupleMembers members, Instant now, LocalDate journalFrom, int outcomeWeeks) {
        ZoneId zone = members.zone();
        LocalDate today = LocalWeeks.day(now, zone);
        String coupleId = members.coupleId();
        LocalDate outcomesFrom = LocalWeeks.monday(today).minusWeeks(outcomeWeeks - 1L);
        return new CoupleFacts(members, couples.trust(coupleId), activity.journal(coupleId, zone, journalFrom, today),
                activity.outcomes(coupleId, zone, outcomesFrom, today), outcomeWeeks, activity.openConflicts(coupleId),
                zone, today, now);
    }

    private static boolean reachesBack(CoupleFacts facts, Predicate<String> who) {
        return ConsistencyPolicy.of(facts.weeks(facts.today(), facts.outcomeWeeks(), who)).streakWeeks()
                >= facts.outcomeWeeks() - 1;
    }
}
