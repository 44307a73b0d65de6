package dev.hearth.platform.security;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.core.Unauthenticated;
import dev.hearth.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
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
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Unauthenticated.challenge(exception));
        ProblemResponses.write(request, response, ProblemType.UNAUTHENTICATED, Unauthenticated.detail(exception));
    }
}
