package dev.hearth.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Membership checks for a service that declares its {@link MembershipFacts}: the {@link Memberships}
 * component and the interceptor on {@value MembershipInterceptor#COUPLE_PATHS}.
 */
@AutoConfiguration(after = HearthSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MembershipFacts.class)
public class HearthMembershipAutoConfiguration {

    /** {@code hearth.membership.wait}: how long to wait for a member the facts do not know yet (default 2 s). */
    @Bean
    @ConditionalOnMissingBean
    Memberships memberships(MembershipFacts facts, @Value("${hearth.membership.wait:2s}") Duration wait) {
        return new Memberships(facts, wait);
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
