package dev.hearth.platform.security.reactive;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A tiny WebFlux app secured by nothing but the auto-configuration under test. */
@SpringBootApplication
@EnableReactiveMethodSecurity
class SecuredTestApplication {

    @RestController
    static class Endpoints {

        @GetMapping("/api/me")
        Mono<Map<String, Object>> me(@AuthenticationPrincipal Jwt jwt) {
            return ReactiveSecurityContextHolder.getContext()
                    .map(context -> Map.of(
                            "sub", jwt.getSubject(),
                            "authorities", context.getAuthentication().getAuthorities().stream()
                                    .map(GrantedAuthority::getAuthority).sorted().toList()));
        }

        /** Paths whose rules are the shared security's (by role, or open): reaching them is all they show. */
        @GetMapping({"/api/admin/things", "/api/analytics/cohorts", "/v3/api-docs"})
        Mono<String> reached() {
            return Mono.just("reached");
        }

        /** A rule of the handler's own, as a service would declare one. */
        @GetMapping("/api/secrets")
        @PreAuthorize("hasRole('KEEPER')")
        Mono<String> keepersOnly() {
            return Mono.just("secrets");
        }
    }
}
