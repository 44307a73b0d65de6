package dev.hearth.launcher.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    @TempDir
    Path home;

    @Test
    void the_invite_secret_is_32_random_bytes_in_base64_readable_by_the_owner_only() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        byte[] secret = Base64.getDecoder().decode(Files.readString(keys.inviteSecretFile()).strip());
        assertThat(secret).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.inviteSecretFile()))).isEqualTo("rw-------");
        assertThat(keys.inviteSecretLocation()).startsWith("file:/").endsWith("/keys/invite-secret");
    }

    @Test
    void the_invite_secret_is_kept_across_starts_so_keyed_invites_keep_their_codes() throws Exception {
        LocalKeys first = LocalKeys.ensure(home.resolve("keys"));
        String secret = Files.readString(first.inviteSecretFile());

        LocalKeys again = LocalKeys.ensure(home.resolve("keys"));

        assertThat(Files.readString(again.inviteSecretFile())).isEqualTo(secret);
    }

    @Test
    void a_home_made_before_keyed_invites_gets_a_secret_and_keeps_its_key_pair() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));
        String publicKey = Files.readString(keys.publicKeyFile());
        Files.delete(keys.inviteSecretFile());

        LocalKeys upgraded = LocalKeys.ensure(home.resolve("keys"));

        assertThat(upgraded.inviteSecretFile()).exists();
        assertThat(Files.readString(upgraded.publicKeyFile())).isEqualTo(publicKey);
    }
}
