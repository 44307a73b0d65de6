package dev.hearth.platform.axon;

import dev.hearth.platform.web.CorrelationId;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Puts the correlation id an event carries into the MDC while an event processor handles it, so the
 * log lines of projections and of the publisher name the request that caused the event, as the
 * request's own lines do. Processor threads outlive requests, so the previous value is restored.
 */
final class CorrelationLoggingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public @Nullable Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                   InterceptorChain interceptorChain) throws Exception {
        Optional<String> correlationId = CorrelationMetadata.of(unitOfWork.getMessage());
        if (correlationId.isEmpty()) {
            return interceptorChain.proceed();
        }
        String outer = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, correlationId.get());
        try {
            return interceptorChain.proceed();
        } finally {
            if (outer == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, outer);
            }
        }
    }
}
