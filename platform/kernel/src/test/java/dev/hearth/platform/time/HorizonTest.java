package dev.hearth.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HorizonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void a_date_is_admitted_from_just_after_now_to_exactly_1826_days_ahead() {
        assertThat(Horizon.admits(NOW.plusNanos(1), NOW)).isTrue();
        assertThat(Horizon.admits(NOW.plus(Duration.ofDays(1_826)), NOW)).isTrue();
    }

    @Test
    void now_the_past_and_beyond_five_years_are_refused() {
        assertThat(Horizon.admits(NOW, NOW)).isFalse();
        assertThat(Horizon.admits(NOW.minusSeconds(1), NOW)).isFalse();
        assertThat(Horizon.admits(NOW.plus(Duration.ofDays(1_826)).plusNanos(1), NOW)).isFalse();
        assertThat(Horizon.admits(Instant.MAX, NOW)).isFalse();
        assertThat(Horizon.admits(Instant.MIN, NOW)).isFalse();
    }
}
