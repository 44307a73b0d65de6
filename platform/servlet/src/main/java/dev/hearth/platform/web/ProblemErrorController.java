package dev.hearth.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Boot's whitelabel/JSON {@code /error} page: what the container forwards there (an
 * exception thrown by a filter, a {@code sendError} status, a 404 no handler saw) is answered with
 * the same problem+json as {@link HearthProblems} gives controllers.
 */
@RestController
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final HearthProblems problems;
    private final ObjectProvider<ErrorAttributes> errorAttributes;

    public ProblemErrorController(HearthProblems problems, ObjectProvider<ErrorAttributes> errorAttributes) {
        this.problems = problems;
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public @Nullable ResponseEntity<Problem> error(HttpServletRequest request, HttpServletResponse response) {
        Throwable error = error(request);
        if (error != null) {
            return problems.respond(error, request, response);
        }
        return problems.respond(status(request), request);
    }

    private @Nullable Throwable error(HttpServletRequest request) {
        ErrorAttributes attributes = errorAttributes.getIfAvailable();
        Throwable error = attributes == null ? null : attributes.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            error = thrown;
        }
        return error;
    }

    // No status at all: someone asked for /error itself, where there is nothing to see.
    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 404;
    }
}
