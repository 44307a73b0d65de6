package dev.hearth.platform.security.reactive;

import dev.hearth.platform.security.core.HearthSecurityProperties;
import dev.hearth.platform.security.core.HearthTokenValidator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class HearthTokenRulesTest {

    private final OAuth2TokenValidator<Jwt> rules = HearthTokenValidator.of("hearth-local", "hearth");

    @Test
    void a_token_as_the_launcher_mints_it_passes() {
        assertThat(rules.validate(token(claims -> { })).hasErrors()).isFalse();
    }

    @Test
    void a_token_without_an_expiry_is_refused() {
        assertThat(rules.validate(token(claims -> claims.claims(all -> all.remove("exp")))).hasErrors()).isTrue();
    }

    @Test
    void a_token_without_a_subject_is_refused() {
        assertThat(rules.validate(token(claims -> claims.claims(all -> all.remove("sub")))).hasErrors()).isTrue();
    }

    @Test
    void a_subject_in_the_user_id_alphabet_passes_whatever_its_provider() {
        for (String sub : List.of("auth0|5f7c8ec7c33c6c004bbafe82", "alice@example.org", "a", "x".repeat(128),
                "urn:hearth:user:42", "0b3c1a5e-3f7e-4a7e-9f1d-2f0d9c1b2a3c")) {
            assertThat(rules.validate(token(claims -> claims.subject(sub))).hasErrors()).as(sub).isFalse();
        }
    }

    @Test
    void a_subject_outside_the_user_id_alphabet_or_too_long_is_refused() {
        for (String sub : List.of("", "alice smith", "x".repeat(129), "<script>", "ålice", "a/b")) {
            assertThat(rules.validate(token(claims -> claims.subject(sub))).hasErrors()).as(sub).isTrue();
        }
    }

    @Test
    void the_issuer_and_audience_must_be_the_configured_ones() {
        assertThat(rules.validate(token(claims -> claims.issuer("https://other"))).hasErrors()).isTrue();
        assertThat(rules.validate(token(claims -> claims.audience(List.of("other")))).hasErrors()).isTrue();
        assertThat(rules.validate(token(claims -> claims.audience(List.of("other", "hearth")))).hasErrors()).isFalse();
    }

    @Test
    void the_issuer_defaults_to_the_local_one_or_to_the_oidc_issuer_uri() {
        assertThat(new HearthSecurityProperties(null, "hearth", "roles").expectedIssuer(null)).isEqualTo("hearth-local");
        assertThat(new HearthSecurityProperties(null, "hearth", "roles").expectedIssuer("https://id.example/realms/h"))
                .isEqualTo("https://id.example/realms/h");
        assertThat(new HearthSecurityProperties("custom", "hearth", "roles").expectedIssuer("https://id.example"))
                .isEqualTo("custom");
    }

    private static Jwt token(Consumer<Jwt.Builder> change) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer("hearth-local").audience(List.of("hearth")).subject("alice")
                .issuedAt(now).expiresAt(now.plusSeconds(3600));
        change.accept(builder);
        return builder.build();
    }
}
