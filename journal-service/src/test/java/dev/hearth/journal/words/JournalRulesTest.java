package dev.hearth.journal.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class JournalRulesTest {

    @Test
    void a_word_is_a_run_of_non_whitespace() {
        assertThat(JournalRules.wordCount("I am afraid")).isEqualTo(3);
        assertThat(JournalRules.wordCount("  spaced\tout\n\nwords  ")).isEqualTo(3);
        assertThat(JournalRules.wordCount("don't-stop, ok?")).isEqualTo(2);
        assertThat(JournalRules.wordCount("emoji 🙂 count")).isEqualTo(3);
        assertThat(JournalRules.wordCount("no\u00a0break")).isEqualTo(2);
        assertThat(JournalRules.wordCount("")).isZero();
    }

    @Test
    void a_rejected_text_is_named_with_its_limit_and_never_quoted() {
        assertThatThrownBy(() -> JournalRules.text("secret ".repeat(600)))
                .isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.field()).isEqualTo("text");
                    assertThat(rejection.detail()).contains("4000").doesNotContain("secret");
                });
        assertThatThrownBy(() -> JournalRules.note("n".repeat(1_001))).isInstanceOf(Rejection.class);
        assertThat(JournalRules.note("   ")).isNull();
        assertThatThrownBy(() -> JournalRules.topic("t".repeat(201))).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.field()).isEqualTo("topic"));
    }
}
