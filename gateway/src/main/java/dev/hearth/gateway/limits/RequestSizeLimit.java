package dev.hearth.gateway.limits;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.reactive.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code hearth.gateway.max-request-size} with 413
 * {@code payload-too-large}. A declared {@code Content-Length} is refused before anything is read or
 * sent on; a body without one (chunked) is counted while it streams and fails the exchange as soon
 * as it passes the limit, so the gateway never buffers it.
 *
 * <p>Runs right after the correlation id and before security: the size check is the cheaper one.
 */
@Component
public class RequestSizeLimit implements WebFilter, Ordered {

    private final long limit;

    public RequestSizeLimit(GatewayLimits limits) {
        this.limit = limits.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return ProblemResponses.write(exchange, ProblemType.PAYLOAD_TOO_LARGE, detail(limit));
        }
        // With neither Content-Length nor Transfer-Encoding a request has no body (RFC 9112, 6.3):
        // most GETs. Only a chunked body needs counting.
        if (declared >= 0 || !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(counting(exchange.getRequest())).build());
    }

    private ServerHttpRequest counting(ServerHttpRequest request) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLarge(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }

    /** The problem detail for a body over {@code limit} bytes. */
    public static String detail(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes.";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
