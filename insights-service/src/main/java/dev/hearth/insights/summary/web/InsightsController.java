package dev.hearth.insights.summary.web;

import dev.hearth.insights.couple.CoupleFacts;
import dev.hearth.insights.couple.Partners;
import dev.hearth.insights.summary.InsightsSummary;
import dev.hearth.insights.summary.Summaries;
import dev.hearth.platform.security.CurrentUser;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/couples/{coupleId}/insights}: the couple's current insights, for its partners only. */
@RestController
class InsightsController {

    private final Partners partners;
    private final Clock clock;

    InsightsController(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @GetMapping("/api/couples/{coupleId}/insights")
    InsightsSummary summary(@PathVariable String coupleId) {
        CoupleFacts facts = partners.requirePartner(coupleId, CurrentUser.id());
        return Summaries.of(facts, clock.instant());
    }
}
