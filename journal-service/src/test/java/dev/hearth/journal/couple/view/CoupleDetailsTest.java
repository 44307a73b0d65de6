package dev.hearth.journal.couple.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.journal.couple.CoupleStarted;
import dev.hearth.journal.couple.PartnerInvited;
import dev.hearth.journal.couple.PartnerJoined;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoupleDetailsTest {

    @Test
    void a_couple_is_read_from_its_events_with_its_partners_in_joining_order() {
        var details = CoupleDetails.replay(List.of(
                new CoupleStarted("c1", "alice", "Europe/Paris"),
                new PartnerInvited("c1", "alice", "hash", Instant.parse("2026-03-08T10:00:00Z")),
                new PartnerJoined("c1", "bob", "hash")));

        assertThat(details).contains(new CoupleDetails("c1", "Europe/Paris", List.of("alice", "bob")));
        assertThat(details.orElseThrow().hasPartner("bob")).isTrue();
        assertThat(details.orElseThrow().hasPartner("carol")).isFalse();
    }

    @Test
    void no_events_is_no_couple() {
        assertThat(CoupleDetails.replay(List.of())).isEmpty();
    }
}
