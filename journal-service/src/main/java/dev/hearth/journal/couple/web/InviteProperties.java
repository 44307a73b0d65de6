package dev.hearth.journal.couple.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hearth.invites}: how long an invite code stays valid ({@code ttl}, default 7 days), and the
 * secret keyed invite codes are derived from ({@code secret}, {@code HEARTH_INVITE_SECRET}): at least
 * 32 bytes in base64, or {@code file:<path>} of a file holding them (what {@code ./hearth up} and
 * compose pass, so the secret stays out of the environment). Kept outside the database on purpose:
 * a stolen database then holds code hashes no key can be turned into.
 */
@ConfigurationProperties("hearth.invites")
record InviteProperties(@DefaultValue("7d") Duration ttl, @Nullable String secret) {

    static final int MIN_SECRET_BYTES = 32;

    InviteProperties {
        // Checked at start-up: a service that cannot answer a keyed retry should not start at all.
        secretBytes(secret);
    }

    byte[] secretBytes() {
        return secretBytes(secret);
    }

    private static byte[] secretBytes(@Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("HEARTH_INVITE_SECRET is not set: ./hearth up creates .hearth/keys/invite-secret;"
                    + " elsewhere set it to 32 random bytes in base64 (openssl rand -base64 32) or to file:<path> of such a file");
        }
        String encoded = secret.startsWith("file:") ? read(secret) : secret;
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("HEARTH_INVITE_SECRET is not base64", e);
        }
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("HEARTH_INVITE_SECRET holds " + bytes.length + " bytes; it needs at least " + MIN_SECRET_BYTES);
        }
        return bytes;
    }

    private static String read(String location) {
        Path file = location.startsWith("file:/") ? Path.of(URI.create(location)) : Path.of(location.substring("file:".length()));
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the invite secret from " + file, e);
        }
    }
}
