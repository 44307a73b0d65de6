package dev.hearth.insights.summary;

import dev.hearth.insights.activity.JournalCounters;
import dev.hearth.insights.activity.OutcomeCounters;
import dev.hearth.insights.activity.TrustHistory;
import dev.hearth.insights.practice.AppreciationPolicy;
import dev.hearth.insights.practice.ConflictPolicy;
import dev.hearth.insights.practice.EsiPolicy;
import dev.hearth.insights.practice.ListeningPolicy;
import dev.hearth.insights.practice.VulnerabilityPolicy;
import dev.hearth.insights.practice.Window;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import dev.hearth.insights.trust.TrustTally;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The practices' metrics over a span of a couple's facts, for the couple ({@code partner} null) or
 * one partner in their role (listener, responder, appreciator, promiser): what the summary reads
 * over its window and a trend over each period.
 */
final class Readings {

    private Readings() {
    }

    static ConflictPolicy.Conflict conflict(CoupleFacts facts, LocalDate from, LocalDate to) {
        JournalCounters journal = facts.journal().sum(from, to);
        OutcomeCounters outcomes = facts.outcomes().sum(from, to);
        return ConflictPolicy.of(new ConflictPolicy.Facts(journal.conflictsOpened(), journal.conflictsResolved(),
                journal.repairs(), journal.appreciations() + journal.acknowledgementsGiven() + outcomes.kept(),
                outcomes.broken() + outcomes.missed()));
    }

    /** The couple's ESI (with conflict) or a partner's (without: conflict is the couple's alone). */
    static EsiPolicy.Esi esi(TrustScore trust, ListeningPolicy.Listening listening,
                             VulnerabilityPolicy.Vulnerability vulnerability, AppreciationPolicy.Appreciation appreciation,
                             ConflictPolicy.@Nullable Conflict conflict) {
        @Nullable Double trustScore = trust.evidence() > 0 ? trust.score() : null;
        return conflict == null
                ? EsiPolicy.of(trustScore, listening.score(), vulnerability.score(), appreciation.score())
                : EsiPolicy.of(trustScore, listening.score(), vulnerability.score(), appreciation.score(), conflict.score());
    }

    static TrustScore trust(CoupleFacts facts, LocalDate end, @Nullable String partner) {
        TrustTally tally = partner == null ? facts.trust().couple() : facts.trust().of(partner);
        if (!end.isBefore(facts.today())) {
            return TrustPolicy.score(tally, facts.now());
        }
        Predicate<String> who = partner == null ? user -> true : partner::equals;
        return TrustHistory.atEndOf(end, tally, facts.outcomes(), facts.zone(), facts.today(), who);
    }

    static ListeningPolicy.Listening listening(CoupleFacts facts, LocalDate from, LocalDate to, @Nullable String partner) {
        JournalCounters bids = partner == null ? facts.journal().sum(from, to)
                : facts.journal().sum(from, to, facts.other(partner));
        return ListeningPolicy.of(new ListeningPolicy.Bids(bids.bids(), bids.answeredInTime(), bids.responses()));
    }

    static VulnerabilityPolicy.Vulnerability vulnerability(CoupleFacts facts, Window window, @Nullable String partner) {
        List<String> partners = facts.members().everyone();
        if (partner == null) {
            return VulnerabilityPolicy.forCouple(shares(facts, window, at(partners, 0)), shares(facts, window, at(partners, 1)),
                    window);
        }
        return VulnerabilityPolicy.forResponder(shares(facts, window, partner), shares(facts, window, facts.other(partner)),
                window);
    }

    static AppreciationPolicy.Appreciation appreciation(CoupleFacts facts, Window window, @Nullable String partner) {
        List<String> partners = facts.members().everyone();
        if (partner == null) {
            return AppreciationPolicy.forCouple(own(facts, window, at(partners, 0)).appreciations(),
                    own(facts, window, at(partners, 1)).appreciations(), window);
        }
        return AppreciationPolicy.forPartner(own(facts, window, partner).appreciations(), window);
    }

    static VulnerabilityPolicy.Shares shares(CoupleFacts facts, Window window, String partner) {
        JournalCounters own = own(facts, window, partner);
        return new VulnerabilityPolicy.Shares(own.shares(), own.sharesMetWithCare());
    }

    static JournalCounters own(CoupleFacts facts, Window window, String partner) {
        return facts.journal().sum(window.from(), window.to(), partner);
    }

    static String at(List<String> partners, int index) {
        return index < partners.size() ? partners.get(index) : "";
    }
}
