package dev.hearth.platform.axon.view;

import dev.hearth.platform.mongo.ViewMetrics;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a view's failed event becomes: an outage (MongoDB or PostgreSQL unreachable) is
 * thrown on, so the processor's batch rolls back and is retried until the database is back; any
 * other failure is an event that can never be applied, parked in the dead-letter queue with its
 * couple (whose later events wait behind it), counted in {@code hearth.view.dead.letters} and
 * logged once.
 */
record ViewDeadLetterPolicy(String view, ViewMetrics metrics) implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ViewDeadLetterPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (Outages.isOutage(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        metrics.deadLettered();
        EventMessage<?> event = letter.message();
        log.warn("View {} parked event {} ({}); that couple's later events wait behind it: {}", view,
                event.getIdentifier(), event.getPayloadType().getSimpleName(), cause.toString());
        return Decisions.enqueue(cause);
    }
}
