package dev.hearth.journal.couple.adapter;

import dev.hearth.journal.couple.Couple;
import dev.hearth.platform.id.Ids;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A closed couple is read-only: after the membership check (so outsiders still get 404), a write
 * under it answers 409 {@code couple-closed}, before its body is read. Reading, exporting, leaving
 * and erasing stay open to the remaining partner.
 */
@Component
class ClosedCouples implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.OPTIONS.name());

    private final JdbcCoupleRegistry registry;

    ClosedCouples(JdbcCoupleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void addInterceptors(InterceptorRegistry interceptors) {
        // After the platform's membership check (order 0).
        interceptors.addInterceptor(this).addPathPatterns("/api/couples/{coupleId}/**").order(1);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || READS.contains(request.getMethod())
                || HttpMethod.DELETE.matches(request.getMethod()) || request.getRequestURI().endsWith("/leave")) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String coupleId = variables == null ? null : variables.get("coupleId");
        if (coupleId != null && Ids.entityId(coupleId).map(registry::isClosed).orElse(false)) {
            throw Couple.closed();
        }
        return true;
    }
}
