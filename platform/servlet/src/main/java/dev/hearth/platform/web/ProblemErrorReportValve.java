package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own answer to a request it refuses before any filter or servlet runs (a NUL or an encoded
 * slash in the path, a header over the size limit, a request line it cannot parse), as problem+json
 * like every other error, instead of its HTML page. Replaces the host's {@link ErrorReportValve};
 * errors of the application never reach it (the {@code /error} controller answers those).
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    static final String DETAIL = "The request could not be read (e.g. a NUL or an encoded slash in the path, or headers"
            + " over the size limit)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        ProblemType type = typeOf(status);
        try {
            // No filter ran: the correlation id is given here, as the filter would have.
            if (CorrelationId.of(request) == null) {
                String id = CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
                request.setAttribute(CorrelationId.ATTRIBUTE, id);
                response.setHeader(CorrelationId.HEADER, id);
            }
            response.setStatus(type.status());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ProblemResponses.problem(request, type,
                        type == ProblemType.INVALID_REQUEST ? DETAIL : type.title(), List.of())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over: nothing more to say.
        }
    }

    static ProblemType typeOf(int status) {
        return switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_REQUEST;
        };
    }
}
