package dev.hearth.platform.security.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

class DecoderConfigurationTest {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HearthReactiveSecurityAutoConfiguration.class));

    @Test
    void without_a_key_or_an_issuer_the_application_refuses_to_start_and_says_what_to_set() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.public-key-location")
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        });
    }

    @Test
    void an_issuer_alone_is_enough_to_start_without_reaching_it() {
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/unreachable")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(ReactiveJwtDecoder.class).hasSingleBean(SecurityWebFilterChain.class);
                });
    }
}
