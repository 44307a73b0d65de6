package dev.hearth.platform.security.reactive;

import dev.hearth.platform.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a reactive response, with the same members as the
 * services' problems: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}
 * (the request path) and {@code correlationId}. Used by the security entry points and by the edge's
 * own error handler; never carries an exception message or class name.
 */
public final class ProblemResponses {

    // Filters and exception handlers have no message writers at hand; a plain mapper is enough.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** Writes {@code problem} with {@code detail}, or does nothing if the response is already committed. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemType problem, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] json = JSON.writeValueAsBytes(body(exchange, problem, detail));
        response.getHeaders().setContentLength(json.length);
        DataBuffer buffer = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(buffer));
    }

    static Map<String, Object> body(ServerWebExchange exchange, ProblemType problem, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.typeUri());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        CorrelationIdWebFilter.of(exchange).ifPresent(id -> body.put("correlationId", id));
        return body;
    }
}
