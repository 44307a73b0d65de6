package dev.hearth.platform.security;

import dev.hearth.platform.web.FailingFilters;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service with the shared security and a few endpoints that report who called. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@Import(SecuredTestApplication.WhoAmI.class)
class SecuredTestApplication {

    static final String SECRET = "password=hunter2";

    /** A filter that fails after authentication, so its error reaches the container's error page. */
    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        return FailingFilters.throwingAt("/api/filter-failure", SECRET);
    }

    @RestController
    static class WhoAmI {

        @GetMapping("/api/me")
        Map<String, Object> me(@AuthenticationPrincipal Jwt jwt, Caller caller) {
            List<String> authorities = SecurityContextHolder.getContext().getAuthentication().getAuthorities()
                    .stream().map(GrantedAuthority::getAuthority).toList();
            return Map.of(
                    "currentUser", caller.userId(),
                    "subject", jwt.getSubject(),
                    "name", SecurityContextHolder.getContext().getAuthentication().getName(),
                    "authorities", authorities);
        }

        @GetMapping("/api/me/later")
        Callable<Map<String, String>> meLater(Caller caller) {
            return () -> Map.of("currentUser", caller.userId());
        }

        /** Paths whose rules are the shared security's (by role, or open): reaching them is all they show. */
        @GetMapping({"/api/admin/insights/rebuild", "/api/analytics/cohorts", "/v3/api-docs"})
        Map<String, String> reached() {
            return Map.of("reached", "yes");
        }

        /** A rule of the handler's own. */
        @PreAuthorize("hasRole('ADMIN')")
        @GetMapping("/api/erasures")
        Map<String, String> erasures() {
            return Map.of("erased", "0");
        }
    }
}
