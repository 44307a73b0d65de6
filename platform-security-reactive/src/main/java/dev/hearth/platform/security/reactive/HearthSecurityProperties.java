package dev.hearth.platform.security.reactive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a Hearth token must say, beyond a valid RS256 signature and its timestamps; the same
 * {@code hearth.security.*} keys and defaults as the servlet services'.
 *
 * @param issuer     the exact {@code iss} accepted; defaults to {@value #LOCAL_ISSUER} (the launcher's
 *                   tokens), or to {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} when
 *                   that is set, since an OIDC issuer names itself by that URI
 * @param audience   a value that {@code aud} must contain
 * @param rolesClaim the claim holding the caller's roles: a name, or a dotted path into nested
 *                   claims (e.g. {@code realm_access.roles})
 */
@ConfigurationProperties("hearth.security")
public record HearthSecurityProperties(
        @Nullable String issuer,
        @DefaultValue("hearth") String audience,
        @DefaultValue("roles") String rolesClaim) {

    public static final String LOCAL_ISSUER = "hearth-local";

    String expectedIssuer(@Nullable String issuerUri) {
        if (issuer != null && !issuer.isBlank()) {
            return issuer;
        }
        return issuerUri != null && !issuerUri.isBlank() ? issuerUri : LOCAL_ISSUER;
    }
}
