package dev.hearth.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Problem+json for every servlet service: the controller advice, the {@code /error} controller
 * (registered before Boot's, which then backs off), the correlation-id filter, the limits on
 * what a request may bring (body size, JSON nesting), and the parameters controllers take ({@link ControllerArgument}).
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class HearthProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HearthProblems hearthProblems(ObjectProvider<ProblemTranslator> translators,
            @Value("${hearth.problems.retry-after:2s}") Duration retryAfter) {
        return new HearthProblems(translators.orderedStream().toList(), retryAfter);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(HearthProblems problems,
            ObjectProvider<ErrorAttributes> errorAttributes) {
        return new ProblemErrorController(problems, errorAttributes);
    }

    @Bean
    @ConditionalOnMissingBean(name = "correlationIdFilter")
    FilterRegistrationBean<CorrelationId> correlationIdFilter() {
        FilterRegistrationBean<CorrelationId> registration = new FilterRegistrationBean<>(new CorrelationId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Registers every {@link ControllerArgument} bean (the {@code Caller}, a create's {@link IdempotencyKeyHeader}) with Spring MVC. */
    @Bean
    WebMvcConfigurer hearthControllerArguments(List<ControllerArgument<?>> arguments) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.addAll(arguments);
            }
        };
    }

    @Bean
    ControllerArgument<IdempotencyKeyHeader> idempotencyKeyArgument() {
        return new ControllerArgument<>(IdempotencyKeyHeader.class, IdempotencyKeyHeader::of);
    }

    /** Bodies over {@code HEARTH_MAX_REQUEST_SIZE} (64KB) are 413s, before security (its filters run at -100). */
    @Bean
    @ConditionalOnMissingBean(name = "requestSizeLimitFilter")
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimitFilter(@Value(RequestSizeLimit.PROPERTY) DataSize limit) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * JSON nested deeper than {@value #MAX_NESTING} levels is a 400 before anything is bound: no request
     * of the API comes near it, and deep nesting costs the parser (and the stack) for nothing. Read
     * strictly, so that what a service acts on is what the client unambiguously sent: a key given
     * twice is a 400 (not the last one, silently), and a number is neither text ({@code "note": 12345})
     * nor an enum constant by its position ({@code "mood": 7}), nor is text a number. Boot's own
     * builder, with a parser factory that has the constraints; Boot's customizers still apply.
     */
    @Bean
    @Scope("prototype")
    @ConditionalOnMissingBean
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory parsers = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(parsers)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    static final int MAX_NESTING = 32;

    /**
     * Tomcat's own refusals as problem+json ({@link ProblemErrorReportValve}), in place of the HTML
     * error valve Boot or the host put in; ordered last so that it runs after Boot's customizer.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tomcat.class, TomcatServletWebServerFactory.class})
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return new ProblemErrorReportValveCustomizer();
        }

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedBodiesAreRead(
                @Value(SWALLOW_PROPERTY) DataSize swallow) {
            return new SwallowCustomizer(swallow);
        }
    }

    /** How much of a refused body (413) Tomcat reads and drops before it closes the connection. */
    static final String SWALLOW_PROPERTY = "${hearth.max-refused-body-read:${HEARTH_MAX_REFUSED_BODY_READ:16MB}}";

    /**
     * A client whose body is refused (413) while it is still sending can only read the answer if the
     * connection is not reset under it, and closing a socket with unread bytes resets it. Tomcat reads
     * and drops what follows a refused body up to its {@code maxSwallowSize} (2 MB by default) and then
     * closes, which reset the 413 of a 5 MB upload in a few per cent of tries (the gateway's Netty lost
     * none in 250). Here the services read up to {@code hearth.max-refused-body-read} (16 MB)
     * before they give up on the client. Reading costs no memory, and a client that drips the body
     * slowly could hold the connection as long by sending a body under the limit.
     */
    static final class SwallowCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final int bytes;

        SwallowCustomizer(DataSize swallow) {
            this.bytes = (int) Math.min(Integer.MAX_VALUE, swallow.toBytes());
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setMaxSwallowSize(bytes);
                }
            });
        }

        @Override
        public int getOrder() {
            // After Boot's own customizer, which sets server.tomcat.max-swallow-size.
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    static final class ProblemErrorReportValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (!(context.getParent() instanceof StandardHost host)) {
                    return;
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                // The host adds a valve of this class at start unless one is there: ours is.
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
