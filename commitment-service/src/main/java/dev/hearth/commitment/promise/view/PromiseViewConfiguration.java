package dev.hearth.commitment.promise.view;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@value PromiseListProjection#PROCESSOR} processor is a tracking processor
 * ({@code axon.eventhandling.processors.promise-view.mode} in application.yml: it sees a new event in
 * milliseconds, where a pooled one added about half a second here). Its failures propagate, so a
 * Mongo outage makes it retry the same events instead of Axon's default of logging and moving on,
 * which would leave the list silently wrong.
 */
@Configuration(proxyBeanMethods = false)
class PromiseViewConfiguration {

    @Bean
    ConfigurerModule promiseViewErrorHandling() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PromiseListProjection.PROCESSOR,
                        c -> PropagatingErrorHandler.instance());
    }
}
