package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TestTokensTest {

    private final JwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKeyReadBack()).build();

    @Test
    void a_minted_token_verifies_with_the_published_key_and_carries_the_local_claims() {
        Jwt jwt = decoder.decode(TestTokens.mint("user-1", "analyst"));

        assertThat(jwt.getSubject()).isEqualTo("user-1");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("hearth-local");
        assertThat(jwt.getAudience()).containsExactly("hearth");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("member", "analyst");
        assertThat(jwt.getIssuedAt()).isNotNull();
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void the_forged_tokens_are_refused_by_a_verifier_of_the_published_key() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.algNone("user-1"))).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.hs256SignedWithPublicKey("user-1"))).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.notYetValid("user-1"))).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void every_token_is_a_member_token_even_without_roles() {
        assertThat(decoder.decode(TestTokens.mint("user-2")).getClaimAsStringList("roles")).containsExactly("member");
    }

    @Test
    void a_token_signed_by_another_key_does_not_verify() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.signedByOtherKey("user-1")))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void an_expired_token_is_refused() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.expired("user-1")))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void issuer_and_audience_can_be_wrong_on_purpose() {
        assertThat(decoder.decode(TestTokens.withIssuer("user-1", "someone-else")).getClaimAsString("iss")).isEqualTo("someone-else");
        assertThat(decoder.decode(TestTokens.withAudience("user-1", "other-app")).getAudience()).containsExactly("other-app");
    }

    @Test
    void every_forgery_is_refused_by_a_verifier_that_checks_what_the_services_check() {
        NimbusJwtDecoder checking = NimbusJwtDecoder.withPublicKey(publicKeyReadBack()).build();
        checking.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER),
                new JwtAudienceValidator(TestTokens.AUDIENCE),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub.matches("[A-Za-z0-9._:@|-]{1,128}"))));
        assertThat(checking.decode(TestTokens.mint("user-1")).getSubject()).isEqualTo("user-1");

        Map<String, String> forged = TestTokens.forgeries().all("user-1");

        assertThat(forged).containsOnlyKeys("expired", "not valid yet", "wrong issuer", "wrong audience", "alg none",
                "HS256 with the public key", "another key", "tampered payload", "stripped signature", "malformed sub");
        forged.forEach((forgery, token) -> assertThatThrownBy(() -> checking.decode(token)).as(forgery)
                .isInstanceOf(JwtException.class));
    }

    @Test
    void a_tampered_token_claims_the_new_subject_over_the_old_signature() {
        String tampered = TestTokens.forgeries().tamperedPayload("user-1");

        assertThat(new String(Base64.getUrlDecoder().decode(tampered.split("\\.")[1]), StandardCharsets.UTF_8))
                .contains("\"sub\":\"user-1\"");
        assertThat(TestTokens.forgeries().strippedSignature("user-1")).endsWith(".").doesNotContain("..");
    }

    /** Reads the key the way a service does: from the location, as an X.509 PEM. */
    private static RSAPublicKey publicKeyReadBack() {
        String location = TestTokens.publicKeyLocation();
        assertThat(location).startsWith("file:");
        try (InputStream in = URI.create(location).toURL().openStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
