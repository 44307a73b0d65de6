package dev.hearth.journal.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InviteCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_code_is_22_url_safe_characters_carrying_128_random_bits() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            codes.add(InviteCode.random(random).value());
        }

        assertThat(codes).hasSize(1000).allMatch(code -> code.matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void the_hash_is_the_lower_case_hex_sha256_of_the_code() {
        InviteCode code = new InviteCode("AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(code.hash())
                .isEqualTo("8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8")
                .isNotEqualTo(new InviteCode("AAAAAAAAAAAAAAAAAAAAAB").hash());
    }

    @Test
    void text_that_cannot_be_a_code_is_not_parsed() {
        assertThat(InviteCode.parse("too-short")).isEmpty();
        assertThat(InviteCode.parse("AAAAAAAAAAAAAAAAAAAAA=")).isEmpty();
        assertThat(InviteCode.parse("AAAAAAAAAAAAAAAAAAAAAA")).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> new InviteCode("../../etc/passwd"));
    }

    @Test
    void a_code_never_prints_itself() {
        assertThat(new InviteCode("AAAAAAAAAAAAAAAAAAAAAA").toString()).doesNotContain("AAAA");
    }

    @Test
    void a_keyed_code_is_the_first_128_bits_of_the_hmac_sha256_of_couple_inviter_and_key() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) i;
        }
        String couple = "7d1c1c52-4b6c-4a8e-9a57-1f1a3d3f0c11";

        // computed apart with Python: hmac.new(bytes(range(32)), b"<couple>|alice|k-1", sha256).digest()[:16]
        assertThat(InviteCode.keyed(secret, couple, "alice", "k-1").value()).isEqualTo("YgKVZoE1d-LN5yt7IAWY1g");
        assertThat(InviteCode.keyed(secret, couple, "alice", "k-1")).isEqualTo(InviteCode.keyed(secret.clone(), couple, "alice", "k-1"));
        assertThat(InviteCode.keyed(secret, couple, "alice", "k-2")).isNotEqualTo(InviteCode.keyed(secret, couple, "alice", "k-1"));
        assertThat(InviteCode.keyed(secret, couple, "bob", "k-1")).isNotEqualTo(InviteCode.keyed(secret, couple, "alice", "k-1"));
        assertThat(InviteCode.keyed(new byte[32], couple, "alice", "k-1")).isNotEqualTo(InviteCode.keyed(secret, couple, "alice", "k-1"));
    }
}
