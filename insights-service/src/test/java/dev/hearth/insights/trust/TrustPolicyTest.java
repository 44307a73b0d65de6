package dev.hearth.insights.trust;

import static dev.hearth.insights.trust.Outcome.Kind.BROKEN;
import static dev.hearth.insights.trust.Outcome.Kind.KEPT;
import static dev.hearth.insights.trust.Outcome.Kind.MISSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden scenarios with answers worked out by hand from the formula in docs/domain.md. */
class TrustPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    static Outcome outcome(String promiser, Outcome.Kind kind, Duration ago) {
        return new Outcome(promiser, kind, NOW.minus(ago));
    }

    static Outcome justNow(String promiser, Outcome.Kind kind) {
        return outcome(promiser, kind, Duration.ZERO);
    }

    @Test
    void no_evidence_gives_fifty_with_low_confidence() {
        TrustScore score = TrustPolicy.forCouple(List.of(), NOW);

        assertThat(score).isEqualTo(new TrustScore(50.0, 0.0, true, new TrustScore.OutcomeCounts(0, 0, 0)));
    }

    @Test
    void one_promise_kept_just_now_scores_sixty_six_point_seven_on_one_unit_of_evidence() {
        TrustScore score = TrustPolicy.forCouple(List.of(justNow("alice", KEPT)), NOW);

        assertThat(score).isEqualTo(new TrustScore(66.7, 1.0, true, new TrustScore.OutcomeCounts(1, 0, 0)));
    }

    @Test
    void an_outcome_thirty_days_old_weighs_half() {
        // (1 + 0.5) / (2 + 0.5) = 0.6
        TrustScore score = TrustPolicy.forCouple(List.of(outcome("alice", KEPT, Duration.ofDays(30))), NOW);

        assertThat(score.score()).isEqualTo(60.0);
        assertThat(score.evidence()).isEqualTo(0.5);
    }

    @Test
    void broken_and_missed_promises_count_against_trust_alike() {
        // three kept, one broken, one missed, all now: (1 + 3) / (2 + 5) = 0.5714…
        List<Outcome> outcomes = List.of(
                justNow("alice", KEPT), justNow("alice", KEPT), justNow("bob", KEPT), justNow("bob", BROKEN),
                justNow("alice", MISSED));

        TrustScore couple = TrustPolicy.forCouple(outcomes, NOW);

        assertThat(couple.score()).isEqualTo(57.1);
        assertThat(couple.evidence()).isEqualTo(5.0);
        assertThat(couple.lowConfidence()).isFalse();
        assertThat(couple.outcomes()).isEqualTo(new TrustScore.OutcomeCounts(3, 1, 1));
    }

    @Test
    void the_couple_pools_outcomes_rather_than_averaging_two_partners() {
        // alice: 4 kept → (1+4)/(2+4) = 83.3; bob: 1 broken → 1/3 = 33.3; mean would be 58.3
        // pooled: (1+4)/(2+5) = 71.4
        List<Outcome> outcomes = List.of(
                justNow("alice", KEPT), justNow("alice", KEPT), justNow("alice", KEPT), justNow("alice", KEPT),
                justNow("bob", BROKEN));

        assertThat(TrustPolicy.forPromiser(outcomes, "alice", NOW).score()).isEqualTo(83.3);
        assertThat(TrustPolicy.forPromiser(outcomes, "bob", NOW).score()).isEqualTo(33.3);
        assertThat(TrustPolicy.forCouple(outcomes, NOW).score()).isEqualTo(71.4);
    }

    @Test
    void a_partner_with_no_promises_of_their_own_has_the_neutral_score() {
        List<Outcome> outcomes = List.of(justNow("alice", KEPT));

        assertThat(TrustPolicy.forPromiser(outcomes, "bob", NOW).score()).isEqualTo(50.0);
    }

    @Test
    void an_outcome_stamped_slightly_in_the_future_counts_as_fresh() {
        TrustScore score = TrustPolicy.forCouple(List.of(outcome("alice", KEPT, Duration.ofSeconds(-5))), NOW);

        assertThat(score.score()).isEqualTo(66.7);
        assertThat(score.evidence()).isEqualTo(1.0);
    }
}
