package dev.hearth.commitment.promise.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.commitment.promise.PromiseBroken;
import dev.hearth.commitment.promise.PromiseKept;
import dev.hearth.commitment.promise.PromiseReleased;
import dev.hearth.commitment.promise.PromiseMade;
import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.platform.crypto.Sealed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PromisePublicEventsTest {

    /** Even sealed, the words are not copied: the public facts have no field for them. */
    private static final Sealed SEALED = new Sealed(1, "c2VhbGVkLW5vbmNl", "c2VhbGVkLXdvcmRz");

    private final PromisePublicEvents translator = new PromisePublicEvents();

    @Test
    void a_made_promise_is_published_without_its_description() {
        Instant due = Instant.parse("2026-05-01T18:00:00Z");

        PublicEvent published = translator.toPublic(new PromiseMade("p", "c", "alice", "bob", SEALED, "1:fingerprint", due)).orElseThrow();

        assertThat(published).isEqualTo(new dev.hearth.contracts.commitment.PromiseMade("p", "c", "alice", "bob", due));
        assertThat(new String(HearthEventJson.write(published), StandardCharsets.UTF_8)).doesNotContain(SEALED.ct());
    }

    @Test
    void outcomes_are_published_with_both_partners_and_who_recorded_them_but_without_the_note() {
        PublicEvent kept = translator.toPublic(new PromiseKept("p", "c", "alice", "bob", "bob", SEALED)).orElseThrow();
        PublicEvent broken = translator.toPublic(new PromiseBroken("p", "c", "alice", "bob", "bob", SEALED)).orElseThrow();

        assertThat(kept).isEqualTo(new dev.hearth.contracts.commitment.PromiseKept("p", "c", "alice", "bob", "bob"));
        assertThat(broken).isEqualTo(new dev.hearth.contracts.commitment.PromiseBroken("p", "c", "alice", "bob", "bob"));
        assertThat(new String(HearthEventJson.write(kept), StandardCharsets.UTF_8)).doesNotContain(SEALED.ct());
    }

    @Test
    void a_release_because_a_partner_left_says_so() {
        PublicEvent released = translator.toPublic(new PromiseReleased("p", "c", "alice", "bob", "bob", null, null, null,
                PromiseReleased.PARTNER_LEFT)).orElseThrow();

        assertThat(released).isEqualTo(new dev.hearth.contracts.commitment.PromiseReleased("p", "c", "alice", "bob", "bob",
                null, dev.hearth.contracts.commitment.PromiseReleased.PARTNER_LEFT));
    }

    @Test
    void anything_else_stays_inside_the_service() {
        assertThat(translator.toPublic("not an event")).isEmpty();
    }
}
