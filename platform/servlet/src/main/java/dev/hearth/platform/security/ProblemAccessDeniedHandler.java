package dev.hearth.platform.security;

import dev.hearth.platform.web.ProblemResponses;
import dev.hearth.platform.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json {@code not-allowed}: an authenticated caller without the role a path needs. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    static final String DETAIL = "You are not allowed to do this";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        ProblemResponses.write(request, response, ProblemType.NOT_ALLOWED, DETAIL);
    }
}
