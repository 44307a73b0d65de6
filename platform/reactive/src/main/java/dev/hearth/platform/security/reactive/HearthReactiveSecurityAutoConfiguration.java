package dev.hearth.platform.security.reactive;

import dev.hearth.platform.security.core.HeaderCharacters;
import dev.hearth.platform.security.core.HearthSecurityProperties;
import dev.hearth.platform.security.core.RoleAuthorities;
import dev.hearth.platform.security.core.HearthTokenValidator;
import dev.hearth.platform.security.core.ValidatedTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import org.jspecify.annotations.Nullable;
import dev.hearth.platform.security.core.EdgeHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One security setup for a WebFlux edge, equivalent to the servlet services'
 * (platform-security-servlet): stateless, a valid JWT on everything but health, metrics and API docs,
 * the analyst and admin roles on their paths; refusals as problem+json; a correlation id on every
 * exchange. Runs before Boot's reactive security auto-configurations, which then back off.
 */
@AutoConfiguration(before = {ReactiveOAuth2ResourceServerAutoConfiguration.class,
        ReactiveWebSecurityAutoConfiguration.class, ReactiveManagementWebSecurityAutoConfiguration.class,
        ReactiveUserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties({HearthSecurityProperties.class, OAuth2ResourceServerProperties.class})
public class HearthReactiveSecurityAutoConfiguration {

    /**
     * Paths anyone may call: probes and the API's own documentation. Metrics are not among them: the
     * edge serves them on its management port only, so {@code /actuator/prometheus} on the public
     * port is a 401 like any other path (a 404 with a token).
     */
    public static final String[] OPEN_PATHS = {
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui*", "/swagger-ui/**"};

    private final ProblemEntryPoints problems = new ProblemEntryPoints();

    @Bean
    @ConditionalOnMissingBean
    CorrelationIdWebFilter correlationIdWebFilter() {
        return new CorrelationIdWebFilter();
    }

    /**
     * The OIDC issuer's keys found by discovery when an issuer is configured (production), fetched on
     * first use so start-up does not need the issuer; otherwise the local public key (local runs, tests).
     * Tokens that pass are remembered until their expiry ({@link ValidatedTokens} says why that
     * accepts nothing more than checking each time): a client sends the same token on every call.
     */
    /** CORS and the API's content security policy, before security ({@link EdgeHeadersWebFilter}). */
    @Bean
    @ConditionalOnMissingBean
    EdgeHeadersWebFilter edgeHeadersWebFilter(@Value(EdgeHeaders.ALLOWED_ORIGINS_PROPERTY) String allowedOrigins) {
        return new EdgeHeadersWebFilter(EdgeHeaders.cors(allowedOrigins));
    }

    @Bean
    ValidatedTokens validatedTokens() {
        return ValidatedTokens.withSystemClock();
    }

    /** What the edge's filters before security ask (the rate limit of callers not yet authenticated). */
    @Bean
    KnownTokens knownTokens(ValidatedTokens validated) {
        return validated::isKnown;
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder reactiveJwtDecoder(OAuth2ResourceServerProperties resourceServer,
            HearthSecurityProperties hearth, ValidatedTokens validated) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        @Nullable Resource publicKey = jwt.getPublicKeyLocation();
        NimbusReactiveJwtDecoder decoder;
        // An issuer, when configured, wins: production sets it, while the defaults name the local key.
        if (StringUtils.hasText(jwt.getIssuerUri())) {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(jwt.getIssuerUri())
                    .webClient(WebClient.builder().filter(ReactiveValidatedTokens.onKeySetFetch(validated)).build())
                    .build();
        } else if (publicKey != null) {
            decoder = NimbusReactiveJwtDecoder.withPublicKey(rsaPublicKey(publicKey))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        } else {
            throw new IllegalStateException("No way to check tokens: set "
                    + "spring.security.oauth2.resourceserver.jwt.public-key-location (a PEM public key) or "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (an OIDC issuer)");
        }
        decoder.setJwtValidator(HearthTokenValidator.of(hearth.expectedIssuer(jwt.getIssuerUri()), hearth.audience()));
        return ReactiveValidatedTokens.in(validated, decoder);
    }

    /**
     * No observation per security filter, authentication and authorization: at the edge they cost
     * more than the checks they time, and {@code http.server.requests} already times each request.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its default rules, the header and parameter names and the
     * header values checked by {@link HeaderCharacters} instead of its regular expressions (the same verdicts).
     */
    @Bean
    @ConditionalOnMissingBean
    ServerWebExchangeFirewall hearthFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.NAME);
        firewall.setAllowedHeaderValues(HeaderCharacters.VALUE);
        firewall.setAllowedParameterNames(HeaderCharacters.NAME);
        return firewall;
    }

    @Bean
    @ConditionalOnMissingBean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
        return problems;
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain hearthSecurityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            HearthSecurityProperties hearth) {
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RoleAuthorities(hearth.rolesClaim()));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // CORS is answered before security, with problem+json refusals (EdgeHeadersWebFilter).
                .cors(ServerHttpSecurity.CorsSpec::disable)
                // Spring Security's defaults, plus no Referer leaving for anywhere.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        // As in the servlet services: refused here already, the services check again.
                        .pathMatchers("/api/analytics/**").hasRole("ANALYST")
                        .pathMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authentication)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    private static RSAPublicKey rsaPublicKey(Resource location) {
        try (InputStream pem = location.getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JWT public key at " + location, e);
        }
    }
}
