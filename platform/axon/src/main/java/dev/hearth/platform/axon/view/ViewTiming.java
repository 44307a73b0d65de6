package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Measures an Axon-fed view as the Kafka-fed ones are: each event's delay from happening to its
 * effect being committed, recorded once the processor's batch committed.
 */
final class ViewTiming implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ViewMetrics metrics;
    private final Clock clock;
    private final String resource;

    ViewTiming(String view, ViewMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        this.resource = ViewTiming.class.getName() + "/" + view;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        UnitOfWork<?> root = unitOfWork.root();
        List<Instant> happened = root.getOrComputeResource(resource, key -> {
            List<Instant> times = new ArrayList<>();
            root.afterCommit(committed -> {
                Instant now = clock.instant();
                times.forEach(at -> metrics.applied(Duration.between(at, now)));
            });
            return times;
        });
        happened.add(unitOfWork.getMessage().getTimestamp());
        return result;
    }
}
