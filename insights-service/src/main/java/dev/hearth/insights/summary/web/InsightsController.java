package dev.hearth.insights.summary.web;

import dev.hearth.insights.couple.view.CoupleInsights;
import dev.hearth.insights.summary.InsightsSummary;
import dev.hearth.insights.summary.Summaries;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Caller;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/couples/{coupleId}/insights}: the couple's current insights. The platform's
 * membership check lets only its partners through (after a bounded wait for a couple formed a moment ago).
 */
@RestController
class InsightsController {

    private final CoupleInsights couples;
    private final SummaryReads reads;
    private final Clock clock;

    InsightsController(CoupleInsights couples, SummaryReads reads, Clock clock) {
        this.couples = couples;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/api/couples/{coupleId}/insights")
    InsightsSummary summary(@PathVariable String coupleId, Caller caller) {
        String couple = Ids.canonical(coupleId);
        return couples.members(couple)
                .map(members -> Summaries.of(reads.forSummary(members, clock.instant()), caller.userId()))
                .orElseThrow(() -> Rejection.coupleNotFound(coupleId));
    }
}
