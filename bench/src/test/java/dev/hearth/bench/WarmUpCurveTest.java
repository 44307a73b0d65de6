package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class WarmUpCurveTest {

    @Test
    void a_curve_cannot_tell_before_two_windows_have_passed() {
        WarmUpCurve curve = new WarmUpCurve(60, 0.05);
        for (int second = 10; second <= 110; second += 10) {
            curve.record(second, 100L * second);
        }

        assertThat(curve.settled()).isFalse();
        assertThat(curve.lastTwoRates()[0]).isNaN();
    }

    @Test
    void a_rate_still_climbing_is_not_settled_and_a_flat_or_falling_one_is() {
        WarmUpCurve climbing = new WarmUpCurve(60, 0.05);
        long pairs = 0;
        for (int second = 10; second <= 180; second += 10) {
            pairs += 10L * (50 + second / 2); // pairs/s rising by 5 each 10 s
            climbing.record(second, pairs);
        }
        assertThat(climbing.settled()).isFalse();
        double[] rates = climbing.lastTwoRates();
        assertThat(rates[1]).isGreaterThan(rates[0] * 1.05);

        WarmUpCurve flat = new WarmUpCurve(60, 0.05);
        pairs = 0;
        for (int second = 10; second <= 180; second += 10) {
            pairs += second <= 60 ? 10L * second : 10L * (second % 20 == 0 ? 163 : 157); // warm after a minute, noisy
            flat.record(second, pairs);
        }
        assertThat(flat.settled()).isTrue();
        assertThat(flat.lastTwoRates()[1]).isCloseTo(160, offset(3.0));

        WarmUpCurve falling = new WarmUpCurve(60, 0.05);
        pairs = 0;
        for (int second = 10; second <= 180; second += 10) {
            pairs += 10L * (300 - second);
            falling.record(second, pairs);
        }
        assertThat(falling.settled()).isTrue();
    }

    @Test
    void the_windows_are_read_from_the_points_recorded_not_from_their_count() {
        WarmUpCurve curve = new WarmUpCurve(60, 0.05);
        curve.record(25, 2_500);   // reports need not fall on round seconds
        curve.record(61, 6_100);
        curve.record(125, 12_500);

        double[] rates = curve.lastTwoRates();

        // windows: up to 5 s (the start), then 5..65 s -> points 0 and 61, and 61..125 s
        assertThat(rates[0]).isCloseTo(100, offset(0.01));
        assertThat(rates[1]).isCloseTo(100, offset(0.01));
        assertThat(curve.settled()).isTrue();
    }
}
