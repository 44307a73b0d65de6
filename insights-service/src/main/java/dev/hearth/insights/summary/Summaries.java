package dev.hearth.insights.summary;

import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.TrustHistory;
import dev.hearth.insights.practice.AppreciationPolicy;
import dev.hearth.insights.practice.ConflictPolicy;
import dev.hearth.insights.practice.ConsistencyPolicy;
import dev.hearth.insights.practice.EsiPolicy;
import dev.hearth.insights.practice.FeltSafetyPolicy;
import dev.hearth.insights.practice.ListeningPolicy;
import dev.hearth.insights.practice.SignalsPolicy;
import dev.hearth.insights.practice.VulnerabilityPolicy;
import dev.hearth.insights.practice.Window;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import dev.hearth.insights.trust.TrustTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Computes a couple's summary from its facts at a given moment (decay and the window depend on "now"). */
public final class Summaries {

    private Summaries() {
    }

    /** @param caller the partner asking: felt safety is theirs alone */
    public static InsightsSummary of(CoupleFacts facts, String caller) {
        Window window = facts.window();
        LocalDate today = facts.today();
        TrustScore trust = Readings.trust(facts, today, null);
        ListeningPolicy.Listening listening = Readings.listening(facts, window.from(), today, null);
        VulnerabilityPolicy.Vulnerability vulnerability = Readings.vulnerability(facts, window, null);
        AppreciationPolicy.Appreciation appreciation = Readings.appreciation(facts, window, null);
        ConflictPolicy.Conflict conflict = Readings.conflict(facts, window.from(), today);
        JournalCounters own = facts.journal().sum(window.from(), today, caller);
        return new InsightsSummary(facts.members().coupleId(), EsiPolicy.MODEL,
                latest(facts.members().updatedAt(), facts.trust().updatedAt()), facts.now(),
                InsightsSummary.TrustInsight.of(trust),
                facts.members().everyone().stream().map(partner -> partner(facts, partner, window)).toList(),
                new InsightsSummary.Period(window.from(), today), consistency(facts, user -> true), listening,
                vulnerability, appreciation, conflict, FeltSafetyPolicy.of(own.checkIns(), own.safetySum()),
                Readings.esi(trust, listening, vulnerability, appreciation, conflict),
                signals(facts, window));
    }

    private static InsightsSummary.PartnerInsights partner(CoupleFacts facts, String partner, Window window) {
        TrustScore trust = Readings.trust(facts, facts.today(), partner);
        ListeningPolicy.Listening listening = Readings.listening(facts, window.from(), window.to(), partner);
        VulnerabilityPolicy.Vulnerability vulnerability = Readings.vulnerability(facts, window, partner);
        AppreciationPolicy.Appreciation appreciation = Readings.appreciation(facts, window, partner);
        return new InsightsSummary.PartnerInsights(partner, InsightsSummary.TrustInsight.of(trust),
                consistency(facts, partner::equals), listening, vulnerability, appreciation,
                Readings.esi(trust, listening, vulnerability, appreciation, null));
    }

    private static ConsistencyPolicy.Consistency consistency(CoupleFacts facts, Predicate<String> who) {
        return ConsistencyPolicy.of(facts.weeks(facts.today(), facts.outcomeWeeks(), who));
    }

    private static List<SignalsPolicy.Signal> signals(CoupleFacts facts, Window window) {
        List<SignalsPolicy.Signal> signals = new ArrayList<>();
        LocalDate then = facts.today().minusDays(SignalsPolicy.TRUST_DROP_DAYS);
        trustDrop(facts, null, facts.trust().couple(), then).ifPresent(signals::add);
        for (String partner : facts.members().everyone()) {
            trustDrop(facts, partner, facts.trust().of(partner), then).ifPresent(signals::add);
        }
        List<String> partners = facts.members().everyone();
        SignalsPolicy.appreciationImbalance(
                Readings.own(facts, window, Readings.at(partners, 0)).appreciations(),
                Readings.own(facts, window, Readings.at(partners, 1)).appreciations()).ifPresent(signals::add);
        for (String partner : partners) {
            JournalCounters bids = facts.journal().sum(facts.today().minusDays(SignalsPolicy.UNANSWERED_FROM_DAYS_AGO),
                    facts.today().minusDays(SignalsPolicy.UNANSWERED_TO_DAYS_AGO), partner);
            SignalsPolicy.unansweredBids(partner, bids.bids(), bids.bids() - bids.answeredInTime()).ifPresent(signals::add);
        }
        SignalsPolicy.repairStalled(facts.openConflicts().oldest(), facts.now()).ifPresent(signals::add);
        return signals;
    }

    private static Optional<SignalsPolicy.Signal> trustDrop(CoupleFacts facts, @Nullable String partner, TrustTally tally,
                                                            LocalDate then) {
        Predicate<String> who = partner == null ? user -> true : partner::equals;
        TrustScore before = TrustHistory.atEndOf(then, tally, facts.outcomes(), facts.zone(), facts.today(), who);
        return SignalsPolicy.trustDrop(partner, TrustPolicy.score(tally, facts.now()), before);
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
