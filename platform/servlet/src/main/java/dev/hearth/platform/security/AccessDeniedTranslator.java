package dev.hearth.platform.security;

import dev.hearth.platform.web.ProblemTranslator;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A method-security denial ({@code @PreAuthorize}) thrown inside a controller reaches the problem
 * advice before Spring Security's filters: make it the same 403 {@code not-allowed} as theirs.
 */
final class AccessDeniedTranslator implements ProblemTranslator {

    @Override
    public Optional<Rejection> translate(Throwable exception) {
        return exception instanceof AccessDeniedException
                ? Optional.of(new Rejection(ProblemType.NOT_ALLOWED, ProblemAccessDeniedHandler.DETAIL))
                : Optional.empty();
    }
}
