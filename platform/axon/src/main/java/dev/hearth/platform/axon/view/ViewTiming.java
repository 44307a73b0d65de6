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
record ViewTiming(ViewMetrics metrics, Clock clock, String resource) implements MessageHandlerInterceptor<EventMessage<?>> {

    /** The timing of one view: its batch's event times are kept under a unit-of-work resource of its own. */
    static ViewTiming of(String view, ViewMetrics metrics, Clock clock) {
        return new ViewTiming(metrics, clock, ViewTiming.class.getName() + "/" + view);
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
