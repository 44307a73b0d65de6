package dev.hearth.gateway.routing;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.reactive.ProblemResponses;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the services' actuators private: a path with an {@code actuator} segment anywhere but at
 * the root (the gateway's own {@code /actuator}) is a 404 and never proxied, whatever a route's
 * pattern would say. Segments are compared decoded and without matrix parameters, so
 * {@code %61ctuator} or {@code actuator;x=1} do not slip through; dot segments and encoded slashes
 * are already refused by Spring Security's firewall.
 *
 * <p>Runs after the security filter chain, so that a caller without a token still gets the 401 that
 * every other path gives.
 */
@Component
public class ServiceActuatorGuard implements WebFilter, Ordered {

    private static final String ACTUATOR = "actuator";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (namesAServiceActuator(exchange.getRequest().getPath().pathWithinApplication())) {
            return ProblemResponses.write(exchange, ProblemType.NOT_FOUND, "Nothing is served at this path.");
        }
        return chain.filter(exchange);
    }

    static boolean namesAServiceActuator(PathContainer path) {
        List<PathContainer.Element> elements = path.elements();
        boolean first = true;
        for (PathContainer.Element element : elements) {
            if (element instanceof PathContainer.PathSegment segment) {
                if (!first && ACTUATOR.equalsIgnoreCase(segment.valueToMatch())) {
                    return true;
                }
                first = false;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // Spring Security's WebFilterChainProxy runs at -100.
        return -50;
    }
}
