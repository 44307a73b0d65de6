package dev.hearth.platform.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.PublicEvent;
import dev.hearth.contracts.commitment.PromiseKept;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicEventsOfTest {

    private static final PublicEvent KEPT = new PromiseKept("p1", "c1", "alice", "bob", "bob");

    /** A family of its own: every CharSequence is "an event" of it. */
    static final class Texts extends PublicEventsOf<CharSequence> {

        @Override
        protected Optional<PublicEvent> publish(CharSequence event) {
            return event.isEmpty() ? Optional.empty() : Optional.of(KEPT);
        }
    }

    private final Texts translator = new Texts();

    @Test
    void an_event_of_its_family_is_published_as_the_mapping_says() {
        assertThat(translator.toPublic("kept")).contains(KEPT);
        assertThat(translator.toPublic(new StringBuilder())).isEmpty();
    }

    @Test
    void an_event_of_another_family_is_passed_on() {
        assertThat(translator.toPublic(42)).isEmpty();
    }
}
