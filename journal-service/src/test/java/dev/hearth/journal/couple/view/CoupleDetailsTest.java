package dev.hearth.journal.couple.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.journal.couple.CoupleErased;
import dev.hearth.journal.couple.CoupleEvent;
import dev.hearth.journal.couple.CoupleStarted;
import dev.hearth.journal.couple.CoupleStatus;
import dev.hearth.journal.couple.PartnerLeft;
import dev.hearth.journal.couple.PartnerInvited;
import dev.hearth.journal.couple.PartnerJoined;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoupleDetailsTest {

    @Test
    void a_couple_is_read_from_its_events_with_its_partners_in_joining_order() {
        var details = CoupleDetails.replay(List.of(
                new CoupleStarted("c1", "alice", "Europe/Paris"),
                new PartnerInvited("c1", "alice", "hash", Instant.parse("2026-03-08T10:00:00Z")),
                new PartnerJoined("c1", "bob", "hash")));

        assertThat(details).contains(new CoupleDetails("c1", "Europe/Paris", List.of("alice", "bob"), CoupleStatus.ACTIVE));
        assertThat(details.orElseThrow().hasPartner("bob")).isTrue();
        assertThat(details.orElseThrow().hasPartner("carol")).isFalse();
    }

    @Test
    void after_a_partner_left_the_couple_shows_who_remains_and_is_closed_and_after_erasure_nobody_reads_it() {
        List<CoupleEvent> closed = List.of(new CoupleStarted("c1", "alice", "UTC"),
                new PartnerInvited("c1", "alice", "hash", Instant.parse("2026-03-08T10:00:00Z")),
                new PartnerJoined("c1", "bob", "hash"), new PartnerLeft("c1", "alice"));

        assertThat(CoupleDetails.replay(closed)).contains(new CoupleDetails("c1", "UTC", List.of("bob"), CoupleStatus.CLOSED));
        assertThat(CoupleDetails.replay(closed).orElseThrow().hasPartner("alice")).isFalse();
        List<CoupleEvent> erased = new ArrayList<>(closed);
        erased.add(new CoupleErased("c1", "bob"));
        assertThat(CoupleDetails.replay(erased).orElseThrow().hasPartner("bob")).isFalse();
    }

    @Test
    void no_events_is_no_couple() {
        assertThat(CoupleDetails.replay(List.of())).isEmpty();
    }
}
