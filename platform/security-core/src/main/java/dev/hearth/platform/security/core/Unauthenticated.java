package dev.hearth.platform.security.core;

import java.util.stream.Collectors;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * What a 401 says, the same from the servlet services and the gateway: the RFC 6750 challenge (bare
 * when no token came, {@code invalid_token} when one came and was refused), and a detail naming the
 * check a refused token failed (expired, issuer, audience…), never the token or a parser's internals.
 */
public final class Unauthenticated {

    private Unauthenticated() {
    }

    /** The {@code WWW-Authenticate} header. */
    public static String challenge(AuthenticationException failure) {
        return tokenRejected(failure)
                ? "Bearer error=\"invalid_token\", error_description=\"The bearer token is invalid or has expired\""
                : "Bearer";
    }

    /** The problem's detail. */
    public static String detail(AuthenticationException failure) {
        if (!tokenRejected(failure)) {
            return "A bearer token is required";
        }
        if (failure.getCause() instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
            // The validators' descriptions are ours and Spring's, written for clients.
            return "The bearer token was rejected: " + invalid.getErrors().stream()
                    .map(error -> error.getDescription() != null ? error.getDescription() : error.getErrorCode())
                    .collect(Collectors.joining("; "));
        }
        return "The bearer token was rejected: it is malformed or not signed by a trusted key";
    }

    private static boolean tokenRejected(AuthenticationException failure) {
        return failure instanceof OAuth2AuthenticationException;
    }
}
