package dev.hearth.launcher.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    Path home;

    @Test
    void a_token_is_an_rs256_jwt_the_public_key_verifies() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        SignedJWT jwt = SignedJWT.parse(tokens(keys).mint("alice"));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(keys.publicKey()))).isTrue();
    }

    @Test
    void the_claims_are_those_the_services_check() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        JWTClaimsSet claims = SignedJWT.parse(tokens(keys).mint("alice")).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("hearth-local");
        assertThat(claims.getAudience()).containsExactly("hearth");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(claims.getStringListClaim("roles")).containsExactly("member");
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void the_subject_is_the_user_id_exactly_as_given() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));
        String uuid = "3f2b1c4e-9a7d-4e21-8c55-0d6f1a2b3c4d";
        String opaque = "auth0|Alice.Example@x:1";

        assertThat(SignedJWT.parse(tokens(keys).mint(uuid)).getJWTClaimsSet().getSubject()).isEqualTo(uuid);
        assertThat(SignedJWT.parse(tokens(keys).mint(opaque)).getJWTClaimsSet().getSubject()).isEqualTo(opaque);
    }

    @Test
    void roles_are_added_to_member_once_each() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        String token = tokens(keys).mint("carol", List.of("analyst", "member", "admin", "analyst"), Duration.ofHours(1));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("member", "analyst", "admin");
    }

    @Test
    void a_negative_lifetime_gives_an_expired_token() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        String token = tokens(keys).mint("dave", List.of(), Duration.ofHours(-1));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant()).isBefore(NOW);
    }

    @Test
    void the_key_pair_is_made_once_and_then_kept() {
        LocalKeys first = LocalKeys.ensure(home.resolve("keys"));
        LocalKeys second = LocalKeys.ensure(home.resolve("keys"));

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(first.publicKeyLocation()).startsWith("file:/").endsWith("/keys/public.pem");
    }

    @Test
    void only_the_owner_may_read_the_private_key() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        assertThat(java.nio.file.Files.getPosixFilePermissions(keys.privateKeyFile()))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_token_signed_by_another_key_fails_verification_with_the_local_one() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));
        Path strangerKey = home.resolve("stranger.pem");
        LocalKeys.writeNewPair(strangerKey, home.resolve("stranger.pub.pem"));

        String token = new LocalTokens(LocalKeys.readPrivateKey(strangerKey), Clock.systemUTC()).mint("eve");

        assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(keys.publicKey()))).isFalse();
    }

    @Test
    void tokens_from_the_real_clock_expire_in_twelve_hours() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));

        JWTClaimsSet claims = SignedJWT.parse(LocalTokens.signedBy(keys).mint("frank")).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(1, ChronoUnit.MINUTES));
    }

    private static LocalTokens tokens(LocalKeys keys) {
        return new LocalTokens(keys.privateKey(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void each_write_service_gets_a_master_key_of_its_own_readable_by_its_owner_only_and_kept() throws Exception {
        LocalKeys keys = LocalKeys.ensure(home.resolve("keys"));
        String journal = Files.readString(keys.masterKeyFile("journal")).strip();
        String commitment = Files.readString(keys.masterKeyFile("commitment")).strip();

        assertThat(Base64.getDecoder().decode(journal)).hasSize(32);
        assertThat(Base64.getDecoder().decode(commitment)).hasSize(32);
        assertThat(journal).isNotEqualTo(commitment);
        assertThat(keys.masterKeyLocation("journal")).startsWith("file:").endsWith("/keys/journal-master.key");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.masterKeyFile("journal"))))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(LocalKeys.ensure(home.resolve("keys")).masterKeyFile("journal")).strip()).isEqualTo(journal);
    }
}
