package dev.hearth.platform.security.core;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * The bearer token of an {@code Authorization} header, with exactly the rules of Spring Security's
 * own resolvers when tokens come from the header only (its defaults): no header or another scheme is
 * no token; {@code Bearer } followed by anything but an RFC 6750 token ({@code [A-Za-z0-9-._~+/]+=*})
 * is a malformed token. Spring's resolvers match a regular expression over the whole header, a
 * noticeable part of each request's cost for a token of several hundred characters (profiled at the
 * gateway, then in commitment-service); this scans its characters once. Used by the gateway's converter
 * and the servlet services' resolver.
 */
public final class BearerTokens {

    private static final String SCHEME = "bearer";

    private BearerTokens() {
    }

    /** The token, or null when the header names no bearer token; throws when it names a malformed one. */
    public static @Nullable String fromAuthorization(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int start = SCHEME.length() + 1;
        if (authorization.length() <= start || authorization.charAt(start - 1) != ' ') {
            throw malformed();
        }
        int padding = authorization.length();
        while (padding > start && authorization.charAt(padding - 1) == '=') {
            padding--;
        }
        if (padding == start) {
            throw malformed();
        }
        for (int i = start; i < padding; i++) {
            if (!isTokenCharacter(authorization.charAt(i))) {
                throw malformed();
            }
        }
        return authorization.substring(start);
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
