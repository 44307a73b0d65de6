package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} straight to the servlet response, for code that runs before Spring MVC
 * (the security entry point and access-denied handler, other filters). Controllers throw
 * {@link Rejection} instead and let {@link HearthProblems} answer.
 */
public final class ProblemResponses {

    // Filters have no message converters; a plain mapper writes the record the same way.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** Writes {@code type} with {@code detail} as {@code application/problem+json}, unless already committed. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(response, problem(request, type, detail, List.of()));
    }

    /**
     * Writes {@code problem} with its length declared, in one write: never chunked. A client still sending
     * a body the server will not read (a 413) must find the whole answer before the connection closes; a
     * chunked answer's last chunk comes after Tomcat has tried to swallow the rest of the body, and that
     * close can reset the connection first.
     */
    static void write(HttpServletResponse response, Problem problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] json = JSON.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }

    static Problem problem(HttpServletRequest request, ProblemType type, String detail,
            List<Problem.InvalidField> errors) {
        return Problem.of(type, detail, instance(request), CorrelationId.of(request), errors);
    }

    /** The path the client asked for, also when the problem is rendered by an error dispatch. */
    static String instance(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
                : request.getRequestURI();
    }
}
