package dev.hearth.platform.security;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sent the request being handled: the verified token's subject, never anything from the body.
 * Controllers take it as a parameter ({@code Caller caller}), a {@link dev.hearth.platform.web.ControllerArgument}.
 */
public record Caller(String userId) {

    /**
     * The caller on this thread, for the code that runs before a controller (the membership check).
     *
     * @throws Rejection {@link ProblemType#UNAUTHENTICATED} when no one is signed in
     */
    static Caller current() {
        return currentIfAny().orElseThrow(
                () -> new Rejection(ProblemType.UNAUTHENTICATED, "A valid bearer token is required"));
    }

    /** The caller on this thread, if someone is signed in. */
    static Optional<Caller> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
            return Optional.of(new Caller(token.getToken().getSubject()));
        }
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return Optional.of(new Caller(authentication.getName()));
        }
        return Optional.empty();
    }
}
