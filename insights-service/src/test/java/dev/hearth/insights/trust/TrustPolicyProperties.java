package dev.hearth.insights.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws the trust policy must obey for any history, checked on generated outcome lists. */
class TrustPolicyProperties {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Provide
    Arbitrary<List<Outcome>> histories() {
        Arbitrary<Outcome> outcome = Combinators.combine(
                Arbitraries.of("alice", "bob"),
                Arbitraries.of(Outcome.Kind.class),
                Arbitraries.longs().between(0, 400L * 86_400)
        ).as((who, kind, secondsAgo) -> new Outcome(who, kind, NOW.minusSeconds(secondsAgo)));
        return outcome.list().ofMaxSize(60);
    }

    @Property
    void the_score_stays_between_zero_and_one_hundred(@ForAll("histories") List<Outcome> history) {
        assertThat(score(history)).isBetween(0.0, 100.0);
    }

    @Property
    void one_more_kept_promise_never_lowers_trust(@ForAll("histories") List<Outcome> history) {
        assertThat(score(oneMore(history, new Outcome("alice", Outcome.Kind.KEPT, NOW))))
                .isGreaterThanOrEqualTo(score(history));
    }

    @Property
    void one_more_broken_promise_never_raises_trust(@ForAll("histories") List<Outcome> history) {
        assertThat(score(oneMore(history, new Outcome("bob", Outcome.Kind.BROKEN, NOW))))
                .isLessThanOrEqualTo(score(history));
    }

    @Property
    void as_time_passes_the_score_drifts_back_towards_fifty(@ForAll("histories") List<Outcome> history) {
        double today = score(history);
        double later = TrustPolicy.forCouple(history, NOW.plus(Duration.ofDays(90))).score();

        assertThat(Math.abs(later - 50.0)).isLessThanOrEqualTo(Math.abs(today - 50.0) + 0.1);
    }

    @Property
    void evidence_never_exceeds_the_number_of_outcomes(@ForAll("histories") List<Outcome> history) {
        TrustScore score = TrustPolicy.forCouple(history, NOW);

        assertThat(score.evidence()).isLessThanOrEqualTo(history.size() + 0.05);
        if (score.lowConfidence()) {
            assertThat(score.evidence()).isLessThanOrEqualTo(3.0);
        } else {
            assertThat(score.evidence()).isGreaterThanOrEqualTo(3.0);
        }
    }

    @Property
    void the_partners_outcome_counts_add_up_to_the_couples(@ForAll("histories") List<Outcome> history) {
        TrustScore.OutcomeCounts couple = TrustPolicy.forCouple(history, NOW).outcomes();
        TrustScore.OutcomeCounts alice = TrustPolicy.forPromiser(history, "alice", NOW).outcomes();
        TrustScore.OutcomeCounts bob = TrustPolicy.forPromiser(history, "bob", NOW).outcomes();

        assertThat(alice.kept() + bob.kept()).isEqualTo(couple.kept());
        assertThat(alice.broken() + bob.broken()).isEqualTo(couple.broken());
        assertThat(alice.missed() + bob.missed()).isEqualTo(couple.missed());
    }

    private static double score(List<Outcome> history) {
        return TrustPolicy.forCouple(history, NOW).score();
    }

    private static List<Outcome> oneMore(List<Outcome> history, Outcome outcome) {
        List<Outcome> more = new ArrayList<>(history);
        more.add(outcome);
        return more;
    }
}
