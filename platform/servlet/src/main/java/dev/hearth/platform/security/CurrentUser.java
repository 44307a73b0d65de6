package dev.hearth.platform.security;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the request being handled, for code that has no {@code @AuthenticationPrincipal Jwt}. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * The caller's user id: the token's {@code sub}.
     *
     * @throws Rejection {@link ProblemType#UNAUTHENTICATED} when no one is signed in on this thread
     */
    public static String id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            return token.getToken().getSubject();
        }
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        throw new Rejection(ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
    }
}
