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

        @GetMapping("/api/admin/things")
        Mono<String> adminOnly() {
            return Mono.just("admin things");
        }

        @GetMapping("/api/analytics/cohorts")
        Mono<String> analystOnly() {
            return Mono.just("cohorts");
        }

        /** A rule of the handler's own, as a service would declare one. */
        @GetMapping("/api/secrets")
        @PreAuthorize("hasRole('KEEPER')")
        Mono<String> keepersOnly() {
            return Mono.just("secrets");
        }

        @GetMapping("/v3/api-docs")
        Mono<String> apiDocs() {
            return Mono.just("{\"openapi\":\"3.1.0\"}");
        }
    }
}
