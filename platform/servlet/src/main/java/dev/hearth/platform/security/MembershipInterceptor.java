package dev.hearth.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Everything under a couple is for its partners only: outsiders get 404 {@code couple-not-found}
 * before the handler runs, so before the body is read or validated (an outsider learns nothing
 * from a 400) and before any command is sent.
 */
final class MembershipInterceptor implements HandlerInterceptor {

    static final String COUPLE_PATHS = "/api/couples/{coupleId}/**";

    private static final PathPattern PATTERN = PathPatternParser.defaultInstance.parse(COUPLE_PATHS);

    private final Memberships memberships;

    MembershipInterceptor(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Later dispatches of a request (async resumption, error page) were checked on the first.
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        PathPattern.PathMatchInfo match = PATTERN.matchAndExtract(path(request));
        if (match != null) {
            memberships.requireMember(match.getUriVariables().get("coupleId"), Caller.current().userId());
        }
        return true;
    }

    private static PathContainer path(HttpServletRequest request) {
        RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parseAndCache(request);
        return path.pathWithinApplication();
    }
}
