package dev.hearth.platform.security.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The same verdict as Spring Security's firewall patterns, for every code point and for mixed strings. */
class HeaderCharactersTest {

    // Spring Security 7's StrictHttpFirewall and StrictServerWebExchangeFirewall, verbatim.
    private static final Pattern SPRING_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern SPRING_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_code_point_alone_gets_springs_verdict() {
        List<Integer> differing = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            if (HeaderCharacters.NAME.test(alone) != SPRING_NAME.matcher(alone).matches()
                    || HeaderCharacters.VALUE.test(alone) != SPRING_VALUE.matcher(alone).matches()) {
                differing.add(codePoint);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void strings_get_springs_verdict() {
        List<String> samples = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln", "a\tb", "a\nb", "a\rb",
                "x\u0000", "\u007F", "\u0085", "\u00A0é", "caf\u00E9 \u2603", "\uD83D\uDE00", "\uD83D", "a\uDE00b",
                "\u0378", "\uFFFF", "\uFEFF", "\u2028", "text/html; q=0.9", "\u001Fabc");
        for (String sample : samples) {
            assertThat(HeaderCharacters.NAME.test(sample)).as("name %s", sample.codePoints().boxed().toList())
                    .isEqualTo(SPRING_NAME.matcher(sample).matches());
            assertThat(HeaderCharacters.VALUE.test(sample)).as("value %s", sample.codePoints().boxed().toList())
                    .isEqualTo(SPRING_VALUE.matcher(sample).matches());
        }
    }

    @Test
    void a_header_the_request_does_not_have_passes_as_with_spring() {
        assertThat(HeaderCharacters.NAME.test(null)).isTrue();
        assertThat(HeaderCharacters.VALUE.test(null)).isTrue();
    }

    @Test
    void a_control_character_anywhere_in_a_long_value_is_refused_and_a_tab_only_in_values() {
        String token = "Bearer " + "a".repeat(700);
        assertThat(HeaderCharacters.VALUE.test(token)).isTrue();
        assertThat(HeaderCharacters.VALUE.test(token + "\u0007")).isFalse();
        assertThat(HeaderCharacters.VALUE.test(token + "\t")).isTrue();
        assertThat(HeaderCharacters.NAME.test("X-Name\t")).isFalse();
    }
}
