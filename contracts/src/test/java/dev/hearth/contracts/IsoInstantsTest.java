package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void reads_whatever_instant_to_string_writes_exactly_as_instant_parse() {
        SplittableRandom random = new SplittableRandom(20261206);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to + 1), nanos);
            String text = instant.toString();

            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T14:54:12Z", "2026-12-06T14:54:12.5Z", "2026-12-06T14:54:12.123456789Z",
            "2024-02-29T00:00:00Z", "2016-12-31T23:59:60Z", "2026-12-06T14:54:12+01:00", "+12026-12-06T14:54:12Z",
            "2026-12-06t14:54:12z", "2026-12-06T14:54:12.Z"})
    void agrees_with_instant_parse_on_other_shapes_it_accepts(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-12-06", "2026-12-06T14:54:12", "2026-13-06T14:54:12Z",
            "2026-02-30T14:54:12Z", "2026-12-06T24:00:01Z", "2026-12-06T14:60:12Z", "2026-12-06T14:54:12.1234567890Z",
            "2026-12-06T14:54:1xZ", "2026-12-06 14:54:12Z", "yesterday"})
    void refuses_what_instant_parse_refuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
