package dev.hearth.gateway.errors;

import dev.hearth.gateway.limits.PayloadTooLarge;
import dev.hearth.gateway.limits.RequestSizeLimit;
import dev.hearth.platform.security.reactive.CorrelationIdWebFilter;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.reactive.ProblemResponses;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.TimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every error the gateway itself raises, as problem+json with the correlation id: an unknown path
 * (404), a service that is down (503) or too slow (504), a body over the limit (413). Nothing of the
 * exception reaches the client; the log line carries the correlation id to find it.
 *
 * <p>Ordered before Boot's default handler (-1), which then never sees a request.
 */
@Component
@Order(-2)
public class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemType problem = classify(error);
        logged(exchange, problem, error);
        return ProblemResponses.write(exchange, problem, detail(problem, error));
    }

    /** The catalogue entry for an error raised while handling or proxying a request. */
    static ProblemType classify(Throwable error) {
        if (find(error, PayloadTooLarge.class) != null) {
            return ProblemType.PAYLOAD_TOO_LARGE;
        }
        // Netty's ConnectTimeoutException is a ConnectException: look for the timeout first.
        if (find(error, ConnectTimeoutException.class) != null || find(error, TimeoutException.class) != null
                || find(error, java.util.concurrent.TimeoutException.class) != null) {
            return ProblemType.GATEWAY_TIMEOUT;
        }
        if (find(error, ConnectException.class) != null || find(error, NoRouteToHostException.class) != null
                || find(error, UnknownHostException.class) != null
                || find(error, PrematureCloseException.class) != null) {
            return ProblemType.SERVICE_UNAVAILABLE;
        }
        if (error instanceof ResponseStatusException status) {
            return switch (status.getStatusCode().value()) {
                case 404 -> ProblemType.NOT_FOUND;
                case 405 -> ProblemType.METHOD_NOT_ALLOWED;
                case 406 -> ProblemType.NOT_ACCEPTABLE;
                case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
                case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                case 503 -> ProblemType.SERVICE_UNAVAILABLE;
                case 504 -> ProblemType.GATEWAY_TIMEOUT;
                default -> status.getStatusCode().is4xxClientError() ? ProblemType.INVALID_REQUEST
                        : ProblemType.INTERNAL_ERROR;
            };
        }
        return ProblemType.INTERNAL_ERROR;
    }

    private static String detail(ProblemType problem, Throwable error) {
        return switch (problem) {
            case NOT_FOUND -> "Nothing is served at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not accept this method.";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request's content type is not supported.";
            case PAYLOAD_TOO_LARGE -> {
                PayloadTooLarge tooLarge = find(error, PayloadTooLarge.class);
                yield tooLarge != null ? RequestSizeLimit.detail(tooLarge.limit()) : "The request body is too large.";
            }
            case SERVICE_UNAVAILABLE -> "The service behind this path is unavailable; try again shortly.";
            case GATEWAY_TIMEOUT -> "The service behind this path did not answer in time.";
            case INVALID_REQUEST -> "The request is not valid.";
            default -> "Something went wrong at the gateway; quote the correlation id when reporting it.";
        };
    }

    private static void logged(ServerWebExchange exchange, ProblemType problem, Throwable error) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        String correlationId = CorrelationIdWebFilter.of(exchange).orElse("-");
        if (problem == ProblemType.INTERNAL_ERROR) {
            log.error("{} failed [correlationId={}]", request, correlationId, error);
        } else if (problem.status() >= 500) {
            log.warn("{} answered {} [correlationId={}]: {}", request, problem.status(), correlationId, error.toString());
        } else {
            log.debug("{} answered {} [correlationId={}]: {}", request, problem.status(), correlationId, error.toString());
        }
    }

    private static <T extends Throwable> @Nullable T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
