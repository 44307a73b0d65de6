package dev.hearth.insights.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.insights.practice.SignalsPolicy.Type;
import dev.hearth.insights.trust.TrustScore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each signal at its threshold, and just below it. */
class SignalsPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final TrustScore.OutcomeCounts COUNTS = new TrustScore.OutcomeCounts(0, 0, 0);

    static TrustScore trust(double score, boolean lowConfidence) {
        return new TrustScore(score, lowConfidence ? 1.0 : 5.0, lowConfidence, COUNTS);
    }

    @Test
    void trust_drop_at_ten_points_but_not_at_nine_point_nine_nor_from_a_low_confidence_value() {
        assertThat(SignalsPolicy.trustDrop(null, trust(60.0, false), trust(70.0, false)))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.type()).isEqualTo(Type.TRUST_DROP);
                    assertThat(signal.partnerId()).isNull();
                    assertThat(signal.explanation()).contains("70.0", "60.0", "14 days");
                });
        assertThat(SignalsPolicy.trustDrop("a", trust(60.0, false), trust(70.0, false)).orElseThrow().partnerId())
                .isEqualTo("a");
        assertThat(SignalsPolicy.trustDrop(null, trust(60.1, false), trust(70.0, false))).isEmpty();
        assertThat(SignalsPolicy.trustDrop(null, trust(40.0, false), trust(70.0, true))).isEmpty();
    }

    @Test
    void appreciation_imbalance_at_four_appreciations_and_reciprocity_under_a_half() {
        assertThat(SignalsPolicy.appreciationImbalance(3, 1)).hasValueSatisfying(signal -> {
            assertThat(signal.type()).isEqualTo(Type.APPRECIATION_IMBALANCE);
            assertThat(signal.explanation()).contains("4 appreciations", "0.33");
        });
        assertThat(SignalsPolicy.appreciationImbalance(3, 0)).as("three appreciations").isEmpty();
        assertThat(SignalsPolicy.appreciationImbalance(4, 2)).as("reciprocity 0.5").isEmpty();
    }

    @Test
    void unanswered_bids_at_three_bids_and_half_waiting() {
        assertThat(SignalsPolicy.unansweredBids("a", 4, 2)).hasValueSatisfying(signal -> {
            assertThat(signal.type()).isEqualTo(Type.UNANSWERED_BIDS);
            assertThat(signal.partnerId()).isEqualTo("a");
            assertThat(signal.explanation()).contains("2 of 4 bids");
        });
        assertThat(SignalsPolicy.unansweredBids("a", 3, 3)).isPresent();
        assertThat(SignalsPolicy.unansweredBids("a", 2, 2)).as("two bids").isEmpty();
        assertThat(SignalsPolicy.unansweredBids("a", 5, 2)).as("under half").isEmpty();
    }

    @Test
    void repair_stalled_once_a_conflict_is_open_over_seven_days() {
        assertThat(SignalsPolicy.repairStalled(NOW.minus(Duration.ofDays(7)).minusSeconds(1), NOW))
                .hasValueSatisfying(signal -> assertThat(signal.type()).isEqualTo(Type.REPAIR_STALLED));
        assertThat(SignalsPolicy.repairStalled(NOW.minus(Duration.ofDays(7)), NOW)).isEmpty();
        assertThat(SignalsPolicy.repairStalled(null, NOW)).isEmpty();
    }
}
