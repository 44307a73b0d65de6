package dev.hearth.commitment;

import dev.hearth.commitment.promise.PromisePublicEvents;
import dev.hearth.platform.publisher.PublicEventTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring glue of the domain: the domain classes themselves stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class CommitmentConfiguration {

    /** What the outbox publisher sends to {@code hearth.commitments.v1}. */
    @Bean
    PublicEventTranslator promisePublicEvents() {
        return new PromisePublicEvents();
    }
}
