package dev.hearth.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Problem+json for every servlet service: the controller advice, the {@code /error} controller
 * (registered before Boot's, which then backs off) and the correlation-id filter.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
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
}
