package dev.hearth.insights.couple;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.trust.Outcome;
import dev.hearth.insights.trust.TrustPolicy;
import dev.hearth.insights.trust.TrustScore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Misses in a couple's trust: counted at their due time, replaced by a late keep, never raising trust. */
class CoupleTrustTest {

    private static final Instant DUE = Instant.parse("2026-03-01T18:00:00Z");
    private static final String COUPLE = "c";
    private static final String ALICE = "alice";

    private static TrustScore score(CoupleTrust trust, Instant now) {
        return TrustPolicy.score(trust.couple(), now);
    }

    @Test
    void a_miss_alone_scores_thirty_three_point_three_on_one_unit_of_evidence() {
        CoupleTrust trust = CoupleTrust.none(COUPLE).missed("p", ALICE, DUE);

        TrustScore score = score(trust, DUE);
        assertThat(score.score()).isEqualTo(33.3);
        assertThat(score.evidence()).isEqualTo(1.0);
        assertThat(score.outcomes().missed()).isEqualTo(1);
    }

    @Test
    void a_keep_and_a_miss_score_fifty_on_two_units_of_evidence() {
        CoupleTrust trust = CoupleTrust.none(COUPLE).kept("k", ALICE, null, DUE).missed("p", ALICE, DUE);

        TrustScore score = score(trust, DUE);
        assertThat(score.score()).isEqualTo(50.0);
        assertThat(score.evidence()).isEqualTo(2.0);
        assertThat(score.outcomes().missed()).isEqualTo(1);
        assertThat(score.outcomes().kept()).isEqualTo(1);
    }

    @Test
    void a_miss_then_a_late_keep_of_the_same_due_time_is_one_keep() {
        Instant keptAt = DUE.plus(Duration.ofHours(3));
        CoupleTrust trust = CoupleTrust.none(COUPLE).missed("p", ALICE, DUE).kept("p", ALICE, DUE, keptAt);

        TrustScore score = score(trust, keptAt);
        assertThat(score.score()).isEqualTo(66.7);
        assertThat(score.evidence()).isEqualTo(1.0);
        assertThat(score.outcomes().missed()).isZero();
        assertThat(score.outcomes().kept()).isEqualTo(1);
        assertThat(trust.recentMisses()).isEmpty();
        assertThat(TrustPolicy.score(trust.of(ALICE), keptAt).score()).isEqualTo(66.7);
    }

    @Test
    void a_late_keep_of_another_due_time_replaces_nothing() {
        CoupleTrust trust = CoupleTrust.none(COUPLE).missed("p", ALICE, DUE).kept("p", ALICE, DUE.plusSeconds(60), DUE);

        assertThat(score(trust, DUE).outcomes().missed()).isEqualTo(1);
        assertThat(score(trust, DUE).outcomes().kept()).isEqualTo(1);
    }

    @Test
    void the_same_miss_delivered_twice_counts_once() {
        CoupleTrust trust = CoupleTrust.none(COUPLE).missed("p", ALICE, DUE).missed("p", ALICE, DUE);

        assertThat(score(trust, DUE).outcomes().missed()).isEqualTo(1);
    }

    @Test
    void misses_older_than_the_late_keep_window_are_no_longer_held() {
        CoupleTrust trust = CoupleTrust.none(COUPLE).missed("old", ALICE, DUE)
                .kept("k", ALICE, null, DUE.plus(CoupleTrust.LATE_KEEP_WINDOW).plusSeconds(1));

        assertThat(trust.recentMisses()).isEmpty();
        assertThat(score(trust, DUE.plus(Duration.ofDays(1))).outcomes().missed()).isEqualTo(1);
    }

    @Provide
    Arbitrary<List<Outcome>> histories() {
        return Combinators.combine(Arbitraries.of(Outcome.Kind.class), Arbitraries.longs().between(0, 400L * 86_400))
                .as((kind, second) -> new Outcome(ALICE, kind, DUE.minusSeconds(second)))
                .list().ofMaxSize(40);
    }

    @Property
    void a_miss_never_raises_trust(@ForAll("histories") List<Outcome> history,
                                   @ForAll @LongRange(min = 0, max = 400L * 86_400) long missedBefore) {
        CoupleTrust trust = CoupleTrust.none(COUPLE);
        int n = 0;
        for (Outcome outcome : history) {
            String promise = "p" + n++;
            trust = switch (outcome.kind()) {
                case KEPT -> trust.kept(promise, ALICE, null, outcome.occurredAt());
                case BROKEN -> trust.with(ALICE, Outcome.Kind.BROKEN, outcome.occurredAt());
                case MISSED -> trust.missed(promise, ALICE, outcome.occurredAt());
            };
        }

        CoupleTrust missed = trust.missed("the-miss", ALICE, DUE.minusSeconds(missedBefore));

        assertThat(score(missed, DUE).score()).isLessThanOrEqualTo(score(trust, DUE).score());
        assertThat(TrustPolicy.score(missed.of(ALICE), DUE).score()).isLessThanOrEqualTo(TrustPolicy.score(trust.of(ALICE), DUE).score());
    }
}
