package dev.hearth.platform.security;

import dev.hearth.platform.security.core.BearerTokens;
import dev.hearth.platform.security.core.EdgeHeaders;
import dev.hearth.platform.security.core.HeaderCharacters;
import dev.hearth.platform.security.core.HearthSecurityProperties;
import dev.hearth.platform.security.core.HearthTokenValidator;
import dev.hearth.platform.security.core.ValidatedTokens;
import dev.hearth.platform.security.core.RoleAuthorities;
import dev.hearth.platform.web.ControllerArgument;
import dev.hearth.platform.web.ProblemTranslator;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is a stateless OAuth2 resource server: a valid JWT on every request except
 * health, metrics scraping and API docs; 401 and 403 as problem+json; the {@link Caller} for
 * controllers, and the couple membership check where the service declares its facts. Ordered before Boot's security
 * auto-configurations, which back off when these beans exist.
 */
@AutoConfiguration(
        before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
                ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class},
        beforeName = "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({HearthSecurityProperties.class, OAuth2ResourceServerProperties.class})
public class HearthSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {"/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain hearthSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
            JwtAuthenticationConverter jwtAuthenticationConverter) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                // CORS is answered before security, with problem+json refusals (CorsProblems).
                .cors(AbstractHttpConfigurer::disable)
                // Spring Security's defaults, no Referer leaving for anywhere, and nothing to run or frame in the API's JSON.
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher(EdgeHeaders.API_PATHS),
                                new StaticHeadersWriter("Content-Security-Policy", EdgeHeaders.API_CONTENT_SECURITY_POLICY))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        // Later dispatches of a request that was authorized already: the container's
                        // error page rendering a decided problem, the resumption of an async answer (SSE).
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(OPEN_PATHS).permitAll()
                        .requestMatchers("/api/analytics/**").hasRole("ANALYST")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(HearthSecurityAutoConfiguration::bearerToken)
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /**
     * Spring Security's strict firewall with its default rules, the header and parameter names and the
     * header values checked by {@link HeaderCharacters} instead of its regular expressions (the same verdicts).
     */
    @Bean
    WebSecurityCustomizer hearthFirewall() {
        return web -> web.httpFirewall(firewall());
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.NAME);
        firewall.setAllowedHeaderValues(HeaderCharacters.VALUE);
        firewall.setAllowedParameterNames(HeaderCharacters.NAME);
        return firewall;
    }

    /**
     * The bearer token of the {@code Authorization} header, as Spring Security's default resolver finds
     * it (header only: no query or form parameter), without its regular expression ({@link BearerTokens}).
     */
    static @Nullable String bearerToken(HttpServletRequest request) {
        return BearerTokens.fromAuthorization(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /** Tokens that passed every check, by their exact text, until their expiry ({@link ValidatedTokens} says why that is safe). */
    @Bean
    @ConditionalOnMissingBean
    ValidatedTokens validatedTokens() {
        return ValidatedTokens.withSystemClock();
    }

    /**
     * The issuer's OIDC discovery ({@code issuer-uri}) when set, fetched on the first token so that
     * start-up does not need the issuer; else the local key ({@code public-key-location}, RS256).
     * Tokens that pass are remembered until their expiry: a client sends the same token on every call.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, HearthSecurityProperties security,
                          ValidatedTokens validated) throws IOException, GeneralSecurityException {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        String issuerUri = jwt.getIssuerUri();
        OAuth2TokenValidator<Jwt> validator =
                HearthTokenValidator.of(security.expectedIssuer(issuerUri), security.audience());
        // An issuer, when configured, wins: production sets it, while every service's defaults name the local key.
        if (StringUtils.hasText(issuerUri)) {
            return validated.in(new SupplierJwtDecoder(() -> {
                RestTemplate keySetClient = new RestTemplate();
                // Every fetch of the discovery document or the key set forgets the remembered tokens.
                keySetClient.getInterceptors().add(validated.onKeySetFetch());
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).restOperations(keySetClient).build();
                decoder.setJwtValidator(validator);
                return decoder;
            }));
        }
        if (jwt.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(rsaPublicKey(jwt.readPublicKey()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            decoder.setJwtValidator(validator);
            return validated.in(decoder);
        }
        throw new IllegalStateException("No way to verify tokens: set "
                + "spring.security.oauth2.resourceserver.jwt.public-key-location (local key) or "
                + "spring.security.oauth2.resourceserver.jwt.issuer-uri (OIDC issuer)");
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter(HearthSecurityProperties security) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(JwtClaimNames.SUB);
        converter.setJwtGrantedAuthoritiesConverter(new RoleAuthorities(security.rolesClaim()));
        return converter;
    }

    /** CORS before security (order -100), as at the gateway: {@link EdgeHeaders}, refusals as problem+json. */
    @Bean
    @ConditionalOnMissingBean(name = "corsProblemsFilter")
    FilterRegistrationBean<CorsProblems> corsProblemsFilter(@Value(EdgeHeaders.ALLOWED_ORIGINS_PROPERTY) String origins) {
        FilterRegistrationBean<CorsProblems> registration = new FilterRegistrationBean<>(new CorsProblems(EdgeHeaders.cors(origins)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * No observation of each security filter, authentication and authorization: a timer and a scope per
     * filter on every request cost more CPU than the request's own work (profiled under the bench), and
     * the request's own observation ({@code http.server.requests}) already counts and times it.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemTranslator accessDeniedTranslator() {
        return new AccessDeniedTranslator();
    }

    /** Controllers take the {@link Caller} as a parameter, resolved on the request thread from its token. */
    @Bean
    ControllerArgument<Caller> callerArgument() {
        return new ControllerArgument<>(Caller.class, request -> Caller.current());
    }

    /**
     * Membership checks for a service that declares its {@link MembershipFacts}: {@link Memberships} and
     * the interceptor that guards {@value MembershipInterceptor#COUPLE_PATHS}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(MembershipFacts.class)
    static class CoupleMembership {

        /**
         * {@code hearth.membership.wait}: how long to wait for a member the facts do not know yet (default
         * 2 s); {@code hearth.membership.max-waiting}: how many such waits may run at once (default 8).
         * {@code hearth_membership_waiting} shows how many run.
         */
        @Bean
        @ConditionalOnMissingBean
        Memberships memberships(MembershipFacts facts, @Value("${hearth.membership.wait:2s}") Duration wait,
                                @Value("${hearth.membership.max-waiting:8}") int maxWaiting,
                                ObjectProvider<MeterRegistry> meters) {
            Memberships memberships = new Memberships(facts, wait, maxWaiting);
            meters.ifAvailable(registry -> Gauge.builder("hearth.membership.waiting", memberships, Memberships::waiting)
                    .description("membership misses waiting for the service's view to catch up")
                    .register(registry));
            return memberships;
        }

        @Bean
        WebMvcConfigurer hearthMembershipInterceptor(Memberships memberships) {
            MembershipInterceptor interceptor = new MembershipInterceptor(memberships);
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(interceptor).addPathPatterns(MembershipInterceptor.COUPLE_PATHS);
                }
            };
        }
    }

    private static RSAPublicKey rsaPublicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
