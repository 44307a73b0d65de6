package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 9457 body every error of the HTTP API has, from controllers and from filters alike.
 * A record rather than Spring's {@code ProblemDetail} so that the filters, which write with their
 * own mapper, produce exactly the same JSON as the message converters.
 *
 * @param type          {@link ProblemType#typeUri()}, the stable code clients match on
 * @param instance      the request path the problem occurred on
 * @param correlationId the request's {@link CorrelationId}, to find its log lines
 * @param errors        the invalid fields of a 400, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Nullable String correlationId,
        @Nullable List<InvalidField> errors) {

    /** One invalid field (a JSON path such as {@code recurrence.daysOfWeek[0]}) or parameter. */
    public record InvalidField(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance, @Nullable String correlationId,
            List<InvalidField> errors) {
        return new Problem(type.typeUri(), type.title(), type.status(), detail, instance, correlationId,
                errors.isEmpty() ? null : List.copyOf(errors));
    }
}
