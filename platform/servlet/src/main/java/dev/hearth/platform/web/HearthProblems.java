package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.web.Problem.InvalidField;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The one error mapping of every servlet service: each exception that leaves a controller becomes
 * an {@code application/problem+json} body of the catalogue ({@link ProblemType}). Also used by
 * {@link ProblemErrorController} for what reaches {@code /error}, so a failure in a filter looks the
 * same as one in a controller.
 *
 * <p>Rejections carry their own type; validation and unreadable JSON are 400s naming the fields;
 * Spring MVC's own errors keep their status; {@link ProblemTranslator} beans get a say over the rest
 * (a database that does not answer in time is a 503 {@code service-unavailable}, logged in one line);
 * what is left is a bug: a 500 that says nothing about the internals, logged with its stack trace and
 * the correlation id. Every 503 carries {@code Retry-After} (whole seconds), so clients back off
 * instead of hammering a service whose database is away.
 *
 * <p>Ordered last (and registered after the application's own beans) so that a service's narrower
 * advice, if it ever needs one, is asked before this catch-all.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class HearthProblems {

    private static final Logger log = LoggerFactory.getLogger(HearthProblems.class);
    private static final int MAX_CAUSES = 16;

    /** How long a client should wait before retrying a 503, unless the service says otherwise. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(2);

    private final List<ProblemTranslator> translators;
    private final String retryAfter;

    public HearthProblems(List<ProblemTranslator> translators) {
        this(translators, DEFAULT_RETRY_AFTER);
    }

    public HearthProblems(List<ProblemTranslator> translators, Duration retryAfter) {
        this.translators = List.copyOf(translators);
        this.retryAfter = Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    @ExceptionHandler(Exception.class)
    public @Nullable ResponseEntity<Problem> handle(Exception exception, HttpServletRequest request,
            HttpServletResponse response) {
        return respond(exception, request, response);
    }

    /** The problem for {@code exception}, or null when the response has gone and nothing can be said. */
    @Nullable ResponseEntity<Problem> respond(Throwable exception, HttpServletRequest request,
            HttpServletResponse response) {
        if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        Answer answer = answer(exception, request);
        if (response.isCommitted()) {
            log.warn("Cannot send {} for {} {}: response already committed", answer.type().status(),
                    request.getMethod(), request.getRequestURI(), exception);
            return null;
        }
        if (answer.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            // The rest of the body is unread: the answer goes out whole, with its length, before Tomcat closes.
            try {
                ProblemResponses.write(response, ProblemResponses.problem(request, answer.type(), answer.detail(),
                        answer.fields()));
            } catch (IOException gone) {
                log.debug("Client went away before the 413 for {} {}", request.getMethod(), request.getRequestURI());
            }
            return null;
        }
        return entity(request, answer);
    }

    /** The problem for an error status that reached {@code /error} without an exception. */
    ResponseEntity<Problem> respond(int status, HttpServletRequest request) {
        ProblemType type = forStatus(status);
        if (type.status() >= 500) {
            log.error("{} {} failed with status {}", request.getMethod(), ProblemResponses.instance(request), status);
        }
        return entity(request, new Answer(type, defaultDetail(type), List.of(), HttpHeaders.EMPTY));
    }

    private Answer answer(Throwable exception, HttpServletRequest request) {
        return switch (exception) {
            case Rejection rejection -> rejected(rejection);
            case BindException binding -> invalid(InvalidFields.of(binding.getBindingResult()));
            case HandlerMethodValidationException validation -> invalid(InvalidFields.of(validation));
            case ConstraintViolationException violation -> invalid(InvalidFields.of(violation.getConstraintViolations()));
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
            case MethodArgumentTypeMismatchException mismatch ->
                    invalid(List.of(InvalidFields.ofParameter(mismatch.getName(), mismatch.getRequiredType())));
            case MissingServletRequestParameterException missing ->
                    invalid(List.of(new InvalidField(missing.getParameterName(), "is required")));
            case NoResourceFoundException noResource -> plain(ProblemType.NOT_FOUND, HttpHeaders.EMPTY);
            case NoHandlerFoundException noHandler -> plain(ProblemType.NOT_FOUND, HttpHeaders.EMPTY);
            case HttpRequestMethodNotSupportedException method -> new Answer(ProblemType.METHOD_NOT_ALLOWED,
                    "Method " + method.getMethod() + " is not supported here", List.of(), method.getHeaders());
            case HttpMediaTypeNotSupportedException media -> new Answer(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content type not supported; send " + MediaType.toString(media.getSupportedMediaTypes()), List.of(),
                    media.getHeaders());
            case HttpMediaTypeNotAcceptableException media -> plain(ProblemType.NOT_ACCEPTABLE, media.getHeaders());
            case MaxUploadSizeExceededException tooLarge -> plain(ProblemType.PAYLOAD_TOO_LARGE, HttpHeaders.EMPTY);
            default -> translatedOrUnknown(exception, request);
        };
    }

    /** What no case above knows: a translator's rejection, Spring's own 4xx, or else a bug. */
    private Answer translatedOrUnknown(Throwable exception, HttpServletRequest request) {
        Optional<Rejection> translated = translate(exception);
        if (translated.isPresent()) {
            if (translated.get().type().status() >= 500) {
                // An outage, not a bug: one line per request, no stack trace.
                log.warn("{} {} answered {}: {}", request.getMethod(), ProblemResponses.instance(request),
                        translated.get().type().status(), rootCause(exception));
            }
            return rejected(translated.get());
        }
        if (exception instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            // Spring's own details are written for clients ("Required header 'X' is not present.").
            ProblemType type = forStatus(error.getStatusCode().value());
            String detail = error.getBody().getDetail();
            return new Answer(type, StringUtils.hasText(detail) ? detail : defaultDetail(type), List.of(),
                    error.getHeaders());
        }
        ProblemType type = exception instanceof ErrorResponse error ? forStatus(error.getStatusCode().value())
                : ProblemType.INTERNAL_ERROR;
        log.error("{} {} failed", request.getMethod(), ProblemResponses.instance(request), exception);
        return plain(type, HttpHeaders.EMPTY);
    }

    /** A rejection anywhere in the cause chain, else the first translation of the exception or a cause. */
    private Optional<Rejection> translate(Throwable exception) {
        for (Throwable cause : causes(exception)) {
            if (cause instanceof Rejection rejection) {
                return Optional.of(rejection);
            }
            for (ProblemTranslator translator : translators) {
                Optional<Rejection> translated = translator.translate(cause);
                if (translated.isPresent()) {
                    return translated;
                }
            }
        }
        return Optional.empty();
    }

    private Answer unreadable(HttpMessageNotReadableException exception) {
        List<Throwable> causes = causes(exception);
        for (Throwable cause : causes) {
            if (cause instanceof Rejection rejection) {
                // A body record that validates itself in its constructor.
                return rejected(rejection);
            }
            if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
                return new Answer(ProblemType.PAYLOAD_TOO_LARGE, RequestSizeLimit.detail(tooLarge.limit()), List.of(),
                        HttpHeaders.EMPTY);
            }
            if (cause instanceof StreamConstraintsException) {
                return invalid("The JSON is nested too deeply or too large to read", List.of());
            }
            if (cause instanceof InputCoercionException outOfRange) {
                // Well-formed JSON with a number the field's type cannot hold: name the field, as for any other value.
                String field = InvalidFields.path(outOfRange);
                if (!field.isEmpty()) {
                    return invalid(List.of(new InvalidField(field, "is out of range")));
                }
            }
        }
        if (causes.stream().anyMatch(StreamReadException.class::isInstance)) {
            return invalid("Malformed JSON", List.of());
        }
        Optional<JacksonException> binding = causes.stream()
                .filter(JacksonException.class::isInstance).map(JacksonException.class::cast).findFirst();
        if (binding.isPresent()) {
            List<InvalidField> fields = InvalidFields.of(binding.get());
            return fields.isEmpty() ? invalid("Request body does not have the expected structure", List.of())
                    : invalid(fields);
        }
        // No cause: Spring found no body at all for a required @RequestBody.
        return invalid(exception.getCause() == null ? "Request body is missing" : "Request body could not be read",
                List.of());
    }

    private static Answer rejected(Rejection rejection) {
        List<InvalidField> fields = rejection.field() == null ? List.of()
                : List.of(new InvalidField(rejection.field(), rejection.detail()));
        return new Answer(rejection.type(), rejection.detail(), fields, HttpHeaders.EMPTY);
    }

    private static Answer invalid(List<InvalidField> fields) {
        return invalid(fields.isEmpty() ? defaultDetail(ProblemType.INVALID_REQUEST) : InvalidFields.detail(fields),
                fields);
    }

    private static Answer invalid(String detail, List<InvalidField> fields) {
        return new Answer(ProblemType.INVALID_REQUEST, detail, fields, HttpHeaders.EMPTY);
    }

    private static Answer plain(ProblemType type, HttpHeaders headers) {
        return new Answer(type, defaultDetail(type), List.of(), headers);
    }

    private ResponseEntity<Problem> entity(HttpServletRequest request, Answer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.type().status()).headers(answer.headers());
        if (answer.type() == ProblemType.SERVICE_UNAVAILABLE && !answer.headers().containsHeader(HttpHeaders.RETRY_AFTER)) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(request, answer.type(), answer.detail(), answer.fields()));
    }

    private static String rootCause(Throwable exception) {
        List<Throwable> chain = causes(exception);
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** The generic catalogue entry for a status; the specific ones (couple-not-found…) come from rejections. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> ProblemType.INVALID_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.NOT_ALLOWED;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.RATE_LIMITED;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            case 504 -> ProblemType.GATEWAY_TIMEOUT;
            default -> status >= 400 && status < 500 ? ProblemType.INVALID_REQUEST : ProblemType.INTERNAL_ERROR;
        };
    }

    static String defaultDetail(ProblemType type) {
        return switch (type) {
            case INVALID_REQUEST -> "The request is invalid";
            case UNAUTHENTICATED -> "A valid bearer token is required";
            case NOT_ALLOWED -> "You are not allowed to do this";
            case NOT_FOUND -> "There is nothing at this path";
            case METHOD_NOT_ALLOWED -> "This method is not supported here";
            case NOT_ACCEPTABLE -> "This resource is only available as JSON";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Content type not supported; send application/json";
            case RATE_LIMITED -> "Too many requests; retry later";
            case SERVICE_UNAVAILABLE -> "The service is unavailable; retry later";
            case GATEWAY_TIMEOUT -> "An upstream service did not answer in time";
            case INTERNAL_ERROR -> "Something went wrong on our side; quote the correlation id when you report it";
            default -> type.title();
        };
    }

    private static List<Throwable> causes(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = exception; cause != null && chain.size() < MAX_CAUSES && seen.add(cause);
                cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private record Answer(ProblemType type, String detail, List<InvalidField> fields, HttpHeaders headers) {
    }
}
