package dev.hearth.platform.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class RefusedKeysTest {

    @Test
    void a_write_refused_a_key_is_told_the_couple_does_not_exist_and_nothing_else_is_translated() {
        assertThat(new RefusedKeys().translate(new CoupleKeyRefused("c1"))).hasValueSatisfying(rejection ->
                assertThat(rejection).extracting(Rejection::type).isEqualTo(ProblemType.COUPLE_NOT_FOUND));
        assertThat(new RefusedKeys().translate(new IllegalStateException("other"))).isEmpty();
    }
}
