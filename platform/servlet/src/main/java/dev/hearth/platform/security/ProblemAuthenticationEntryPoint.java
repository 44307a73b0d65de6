package dev.hearth.platform.security;

import dev.hearth.platform.web.ProblemResponses;
import dev.hearth.platform.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json {@code unauthenticated} with the RFC 6750 challenge. The detail says which
 * check a rejected token failed (expired, issuer, audience…) but never echoes the token or a parser's
 * internals.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean tokenRejected = exception instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenRejected
                ? "Bearer error=\"invalid_token\", error_description=\"The bearer token is invalid or has expired\""
                : "Bearer");
        ProblemResponses.write(request, response, ProblemType.UNAUTHENTICATED, detail(exception, tokenRejected));
    }

    private static String detail(AuthenticationException exception, boolean tokenRejected) {
        if (!tokenRejected) {
            return "A bearer token is required";
        }
        if (exception.getCause() instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
            // The validators' descriptions are ours and Spring's, written for clients.
            return "The bearer token was rejected: " + invalid.getErrors().stream()
                    .map(error -> error.getDescription() != null ? error.getDescription() : error.getErrorCode())
                    .collect(Collectors.joining("; "));
        }
        return "The bearer token was rejected: it is malformed or not signed by a trusted key";
    }
}
