package dev.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The scheduling bound on any instant, in any offset or zone, and any clock: fuzzed. */
class ScheduledTimeValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LAST = NOW.plus(Duration.ofDays(1_826));
    private static final ScheduledTimeValidator AT_NOW = new ScheduledTimeValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Provide
    Arbitrary<Instant> instants() {
        // Everything Instant can hold, with extra weight near the two edges.
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearNow = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(NOW::plusNanos);
        Arbitrary<Instant> nearLast = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(LAST::plusNanos);
        return Arbitraries.oneOf(anywhere, nearNow, nearLast);
    }

    @Property(tries = 2_000)
    void an_instant_is_valid_exactly_when_it_lies_after_now_and_at_most_1826_days_ahead(@ForAll("instants") Instant when) {
        assertThat(AT_NOW.isValid(when, null)).isEqualTo(when.isAfter(NOW) && !when.isAfter(LAST));
    }

    @Property(tries = 500)
    void the_offset_or_zone_a_client_writes_changes_nothing(@ForAll("instants") Instant when,
            @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
        boolean expected = AT_NOW.isValid(when, null);
        // Beyond what an OffsetDateTime holds, Jackson would have refused the text before validation.
        if (when.isBefore(Instant.parse("-999999999-01-02T00:00:00Z")) || when.isAfter(Instant.parse("+999999999-12-30T00:00:00Z"))) {
            return;
        }
        assertThat(AT_NOW.isValid(OffsetDateTime.ofInstant(when, ZoneOffset.ofTotalSeconds(offsetSeconds)), null)).isEqualTo(expected);
        assertThat(AT_NOW.isValid(ZonedDateTime.ofInstant(when, ZoneId.of("Pacific/Kiritimati")), null)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void the_bound_moves_with_the_clock(@ForAll("instants") Instant now, @ForAll @IntRange(min = -3, max = 1_830) int days) {
        if (now.isAfter(Instant.MAX.minus(Duration.ofDays(1_900))) || now.isBefore(Instant.MIN.plus(Duration.ofDays(10)))) {
            return;
        }
        ScheduledTimeValidator validator = new ScheduledTimeValidator(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(validator.isValid(now.plus(Duration.ofDays(days)), null)).isEqualTo(days >= 1 && days <= 1_826);
    }

    @Example
    void an_absent_date_is_not_this_constraints_business() {
        assertThat(AT_NOW.isValid(null, null)).isTrue();
    }
}
