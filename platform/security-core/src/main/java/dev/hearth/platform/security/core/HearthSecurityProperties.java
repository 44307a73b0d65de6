package dev.hearth.platform.security.core;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a token must say to be accepted ({@code hearth.security.*}). The key or the issuer's
 * discovery document come from Boot's {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param issuer     the expected {@code iss}; defaults to {@value #LOCAL_ISSUER} (the launcher's
 *                   tokens), or to {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 *                   when that is set, since an OIDC issuer names itself by that URI
 * @param audience   the {@code aud} that must be among the token's audiences
 * @param rolesClaim the claim holding the roles: a name, or a dotted path into nested claims such as
 *                   {@code realm_access.roles}
 */
@ConfigurationProperties("hearth.security")
public record HearthSecurityProperties(
        @Nullable String issuer,
        @DefaultValue("hearth") String audience,
        @DefaultValue("roles") String rolesClaim) {

    public static final String LOCAL_ISSUER = "hearth-local";

    public String expectedIssuer(@Nullable String issuerUri) {
        if (issuer != null && !issuer.isBlank()) {
            return issuer;
        }
        return issuerUri != null && !issuerUri.isBlank() ? issuerUri : LOCAL_ISSUER;
    }
}
