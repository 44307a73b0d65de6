package dev.hearth.journal.couple.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.contracts.HearthEventJson;
import dev.hearth.contracts.PublicEvent;
import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.journal.couple.CoupleStarted;
import dev.hearth.journal.couple.PartnerInvited;
import dev.hearth.journal.couple.PartnerJoined;
import dev.hearth.journal.couple.PartnerLeft;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CouplePublicEventsTest {

    private static final String HASH = "8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8";
    private static final Instant EXPIRES = Instant.parse("2026-03-08T10:00:00Z");

    private final CouplePublicEvents translator = new CouplePublicEvents();

    @Test
    void every_couple_event_becomes_its_public_twin() {
        assertThat(translator.toPublic(new CoupleStarted("c1", "alice", "Europe/Paris")))
                .contains(new dev.hearth.contracts.couple.CoupleStarted("c1", "alice", "Europe/Paris"));
        assertThat(translator.toPublic(new PartnerInvited("c1", "alice", HASH, EXPIRES)))
                .contains(new dev.hearth.contracts.couple.PartnerInvited("c1", "alice", EXPIRES));
        assertThat(translator.toPublic(new PartnerJoined("c1", "bob", HASH)))
                .contains(new dev.hearth.contracts.couple.PartnerJoined("c1", "bob"));
        assertThat(translator.toPublic(new PartnerLeft("c1", "bob")))
                .contains(new dev.hearth.contracts.couple.PartnerLeft("c1", "bob"));
        assertThat(translator.toPublic(new CoupleErased("c1", "alice")))
                .contains(new dev.hearth.contracts.couple.CoupleErased("c1"));
    }

    @Test
    void who_erased_stays_inside_the_service() {
        PublicEvent published = translator.toPublic(new CoupleErased("c1", "alice")).orElseThrow();

        assertThat(new String(HearthEventJson.write(published), StandardCharsets.UTF_8)).doesNotContain("alice");
    }

    @Test
    void the_invite_code_hash_never_reaches_the_public_payload() {
        for (Object internal : new Object[] {new PartnerInvited("c1", "alice", HASH, EXPIRES), new PartnerJoined("c1", "bob", HASH)}) {
            PublicEvent published = translator.toPublic(internal).orElseThrow();

            assertThat(new String(HearthEventJson.write(published), StandardCharsets.UTF_8))
                    .doesNotContain(HASH)
                    .doesNotContainIgnoringCase("code");
        }
    }

    @Test
    void anything_else_stays_inside_the_service() {
        assertThat(translator.toPublic("not a couple event")).isEmpty();
    }
}
