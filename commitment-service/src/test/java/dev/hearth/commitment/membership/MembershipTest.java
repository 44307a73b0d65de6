package dev.hearth.commitment.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void each_partner_is_the_others_partner() {
        Membership couple = new Membership("c", List.of("alice", "bob"), "UTC");

        assertThat(couple.partnerOf("alice")).contains("bob");
        assertThat(couple.partnerOf("bob")).contains("alice");
    }

    @Test
    void a_couple_of_one_has_no_partner_yet() {
        assertThat(new Membership("c", List.of("alice"), "UTC").partnerOf("alice")).isEmpty();
    }

    @Test
    void a_stranger_has_no_partner_in_the_couple() {
        assertThat(new Membership("c", List.of("alice", "bob"), "UTC").partnerOf("mallory")).isEmpty();
    }
}
