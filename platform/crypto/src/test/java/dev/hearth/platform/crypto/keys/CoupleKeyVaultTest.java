package dev.hearth.platform.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The vault's promises, on keys kept in memory: what it seals only opens where it was sealed, with its key. */
class CoupleKeyVaultTest {

    private final InMemoryCoupleKeys keys = new InMemoryCoupleKeys();
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generateBase64());
    private final CoupleKeyVault vault = new CoupleKeyVault(master, keys, 100, Duration.ofMinutes(1));
    private final Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");

    @Test
    void what_is_sealed_opens_again_as_it_was_written() {
        String written = "I am afraid of losing you — ça va? 🙂";

        Sealed sealed = vault.seal(text, written);

        assertThat(vault.open(text, sealed)).isEqualTo(written);
        assertThat(sealed.ct()).doesNotContain("afraid");
    }

    @Test
    void a_thousand_seals_of_one_text_are_a_thousand_different_values() {
        Set<String> nonces = new HashSet<>();
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Sealed sealed = vault.seal(text, "the same words");
            nonces.add(sealed.nonce());
            ciphertexts.add(sealed.ct());
        }

        assertThat(nonces).hasSize(1_000);
        assertThat(ciphertexts).hasSize(1_000);
    }

    @Test
    void a_value_does_not_open_for_another_couple_aggregate_or_field() {
        Sealed sealed = vault.seal(text, "money");
        vault.seal(new Aad(UUID.randomUUID().toString(), text.aggregateId(), "text"), "another couple has a key too");

        for (Aad elsewhere : new Aad[] {text.field("topic"), new Aad(text.coupleId(), UUID.randomUUID().toString(), "text")}) {
            assertThatThrownBy(() -> vault.open(elsewhere, sealed)).isInstanceOf(SealedValueUnreadable.class)
                    .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason()).isEqualTo(SealedValueUnreadable.Reason.NOT_AUTHENTIC));
        }
    }

    @Test
    void a_value_with_one_byte_changed_does_not_open() {
        Sealed sealed = vault.seal(text, "money");
        byte[] ciphertext = Base64.getDecoder().decode(sealed.ct());
        ciphertext[3] ^= 1;
        byte[] nonce = Base64.getDecoder().decode(sealed.nonce());
        nonce[0] ^= 1;

        assertThatThrownBy(() -> vault.open(text, new Sealed(1, sealed.nonce(), Base64.getEncoder().encodeToString(ciphertext))))
                .isInstanceOf(SealedValueUnreadable.class);
        assertThatThrownBy(() -> vault.open(text, new Sealed(1, Base64.getEncoder().encodeToString(nonce), sealed.ct())))
                .isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void another_master_key_cannot_unwrap_the_couple_keys() {
        Sealed sealed = vault.seal(text, "money");
        CoupleKeyVault impostor = new CoupleKeyVault(MasterKey.fromBase64(MasterKey.generateBase64()), keys, 100,
                Duration.ofMinutes(1));

        assertThatThrownBy(() -> impostor.open(text, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HEARTH_MASTER_KEY").hasMessageNotContaining("money");
    }

    @Test
    void each_value_carries_the_version_of_the_key_that_sealed_it() {
        Sealed sealed = vault.seal(text, "money");

        assertThat(sealed.v()).isEqualTo(1);
        assertThat(keys.latest(text.coupleId(), CoupleKeyStore.COUPLE_SCOPE)).hasValueSatisfying(key -> assertThat(key.version()).isEqualTo(1));
        assertThatThrownBy(() -> vault.open(text, new Sealed(2, sealed.nonce(), sealed.ct())))
                .isInstanceOf(SealedValueUnreadable.class)
                .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason()).isEqualTo(SealedValueUnreadable.Reason.KEY_GONE));
    }

    @Test
    void once_the_couple_key_is_shredded_nothing_of_the_couple_opens_and_the_message_names_no_text() {
        Sealed sealed = vault.seal(text, "a secret sentence");
        vault.shredder().shredCouple(text.coupleId());

        assertThatThrownBy(() -> vault.open(text, sealed)).isInstanceOf(SealedValueUnreadable.class)
                .hasMessageContaining(text.aggregateId()).hasMessageNotContaining("secret");
    }

    @Test
    void an_authors_text_opens_with_the_authors_key_and_goes_with_it_while_the_couples_text_stays() {
        Sealed shared = vault.seal(text, "ours");
        Sealed own = vault.sealForAuthor(text, "auth0|alice", "mine alone");
        Sealed other = vault.sealForAuthor(text, "auth0|bob", "his alone");

        assertThat(own.author()).isEqualTo("auth0|alice");
        assertThat(Sealed.from(own.fields())).isEqualTo(own);
        assertThat(Sealed.from(shared.fields())).isEqualTo(shared);
        assertThat(vault.open(text, own)).isEqualTo("mine alone");
        // Another author's key does not open it, even with the right couple, aggregate and field.
        assertThatThrownBy(() -> vault.open(text, new Sealed(own.v(), own.nonce(), own.ct(), "auth0|bob")))
                .isInstanceOf(SealedValueUnreadable.class);

        vault.shredder().shredAuthor(text.coupleId(), "auth0|alice");

        assertThatThrownBy(() -> vault.open(text, own)).isInstanceOf(SealedValueUnreadable.class)
                .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason()).isEqualTo(SealedValueUnreadable.Reason.KEY_GONE));
        assertThat(vault.open(text, shared)).isEqualTo("ours");
        assertThat(vault.open(text, other)).isEqualTo("his alone");
    }

    @Test
    void a_guard_that_refuses_leaves_a_keyless_couple_without_a_key() {
        CoupleKeyVault guarded = new CoupleKeyVault(master, keys, couple -> false, 100, Duration.ofMinutes(1));

        assertThatThrownBy(() -> guarded.seal(text, "words")).isInstanceOf(CoupleKeyRefused.class).hasMessage(null);
        assertThatThrownBy(() -> guarded.sealForAuthor(text, "alice", "words")).isInstanceOf(CoupleKeyRefused.class);
        assertThat(keys.latest(text.coupleId(), CoupleKeyStore.COUPLE_SCOPE)).isEmpty();
        // A couple that has its key keeps sealing with it: the guard is only asked before a first key.
        vault.seal(text, "first");
        assertThat(guarded.open(text, guarded.seal(text, "second"))).isEqualTo("second");
    }

    @Test
    void a_fingerprint_recognises_the_same_content_in_the_same_place_only() {
        String fingerprint = vault.fingerprint(text, "REFLECTION|SHARED|hello");

        assertThat(fingerprint).startsWith("1:").doesNotContain("hello");
        assertThat(vault.matches(text, fingerprint, "REFLECTION|SHARED|hello")).isTrue();
        assertThat(vault.matches(text, fingerprint, "REFLECTION|SHARED|hello!")).isFalse();
        assertThat(vault.matches(text.field("other"), fingerprint, "REFLECTION|SHARED|hello")).isFalse();
        assertThat(vault.fingerprint(new Aad(text.coupleId(), UUID.randomUUID().toString(), "text"), "REFLECTION|SHARED|hello"))
                .isNotEqualTo(fingerprint);
        assertThat(vault.matches(text, "garbage", "REFLECTION|SHARED|hello")).isFalse();
    }

    @Test
    void a_master_key_must_be_32_bytes_of_base64_and_the_message_never_echoes_it() {
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).hasMessageContaining("HEARTH_MASTER_KEY")
                .hasMessageContaining("5 bytes").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64 at all!")).hasMessageContaining("HEARTH_MASTER_KEY")
                .hasMessageNotContaining("at all");
        String key = MasterKey.generateBase64();
        assertThat(MasterKey.fromBase64(key).id()).isEqualTo(MasterKey.fromBase64(key + "\n").id()).hasSize(32)
                .isNotEqualTo(MasterKey.fromBase64(MasterKey.generateBase64()).id());
    }
}
