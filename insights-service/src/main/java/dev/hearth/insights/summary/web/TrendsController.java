package dev.hearth.insights.summary.web;

import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.insights.summary.Trends;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/couples/{coupleId}/insights/trends}: one metric's points per local day or ISO week.
 * Membership comes first (an outsider gets 404 whatever the query); then each parameter is checked
 * and a 400 names it and its limit; asking for the other partner's felt safety is 403.
 */
@RestController
class TrendsController {

    private final CoupleInsights couples;
    private final SummaryReads reads;
    private final Clock clock;

    TrendsController(CoupleInsights couples, SummaryReads reads, Clock clock) {
        this.couples = couples;
        this.reads = reads;
        this.clock = clock;
    }

    @Answers({ProblemType.NOT_ALLOWED})
    @GetMapping("/api/couples/{coupleId}/insights/trends")
    Trends.Trend trend(@PathVariable String coupleId, Caller caller,
                       @RequestParam(required = false) @Nullable String metric,
                       @RequestParam(required = false) @Nullable String granularity,
                       @RequestParam(required = false) @Nullable String from,
                       @RequestParam(required = false) @Nullable String to,
                       @RequestParam(required = false) @Nullable String partner) {
        CoupleMembers members = couples.members(Ids.canonical(coupleId)).orElseThrow(() -> Rejection.coupleNotFound(coupleId));
        Instant now = clock.instant();
        LocalDate today = LocalWeeks.day(now, members.zone());
        Trends.Metric asked = Trends.Metric.of(required("metric", metric)).orElseThrow(() -> Rejection.invalid("metric",
                "metric must be one of " + String.join(", ", Trends.Metric.labels())));
        Trends.Granularity per = switch (required("granularity", granularity)) {
            case "day" -> Trends.Granularity.DAY;
            case "week" -> Trends.Granularity.WEEK;
            default -> throw Rejection.invalid("granularity", "granularity must be day or week");
        };
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw Rejection.invalid("to", "to must not be before from");
        }
        if (per == Trends.Granularity.DAY && Trends.periods(per, first, last) > Trends.MAX_DAYS) {
            throw Rejection.invalid("to", "a day trend covers at most " + Trends.MAX_DAYS + " days");
        }
        if (per == Trends.Granularity.WEEK && Trends.periods(per, first, last) > Trends.MAX_WEEKS) {
            throw Rejection.invalid("to", "a week trend covers at most " + Trends.MAX_WEEKS + " weeks");
        }
        if (first.isBefore(today.minusDays(Trends.MAX_DAYS_BACK))) {
            throw Rejection.invalid("from", "from may be at most " + Trends.MAX_DAYS_BACK + " days back");
        }
        String whose = whose(asked, members, caller, partner);
        return Trends.of(reads.forTrend(members, now, first), asked, per, first, last, whose);
    }

    private static @Nullable String whose(Trends.Metric metric, CoupleMembers members, Caller caller, @Nullable String partner) {
        if (partner != null && !members.everyone().contains(partner)) {
            throw Rejection.invalid("partner", "partner must be one of the couple's two partners");
        }
        if (metric == Trends.Metric.FELT_SAFETY) {
            if (partner != null && !partner.equals(caller.userId())) {
                throw new Rejection(ProblemType.NOT_ALLOWED, "Felt safety is shown to the partner who checked in, only");
            }
            return caller.userId();
        }
        if (metric == Trends.Metric.CONFLICT && partner != null) {
            throw Rejection.invalid("partner", "conflict is the couple's alone: ask without partner");
        }
        return partner;
    }

    private static String required(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid(name, name + " is required");
        }
        return value;
    }

    private static LocalDate date(String name, @Nullable String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException malformed) {
            throw Rejection.invalid(name, name + " must be a local date YYYY-MM-DD");
        }
    }
}
