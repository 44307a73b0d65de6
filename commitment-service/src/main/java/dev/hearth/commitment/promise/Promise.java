package dev.hearth.commitment.promise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A promise from one partner (the promiser) to the other (the promisee). Command handlers decide
 * from the promise's own state and the command; event-sourcing handlers only change state.
 * Membership (is the caller in the couple, is the promisee the partner) is checked at the edge
 * before a command is sent: it is another service's fact, learnt from Kafka.
 */
@Aggregate(cache = "aggregateCache")
public class Promise {

    @AggregateIdentifier
    private @Nullable String promiseId;
    private @Nullable String coupleId;
    private @Nullable String promiserId;
    private @Nullable String promiseeId;
    private @Nullable String description;
    private @Nullable Instant dueAt;
    private PromiseStatus status = PromiseStatus.OPEN;

    protected Promise() {
        // Axon rebuilds the promise from its events.
    }

    /**
     * Makes the promise, or recognizes a retry: clients choose the id, so the same id with the same
     * content is the same promise (nothing new happens) and with other content is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakePromise command) {
        if (promiseId != null) {
            if (!isSameAs(command)) {
                throw new Rejection(ProblemType.ID_CONFLICT, "promise " + command.promiseId() + " already exists with other content");
            }
            return;
        }
        String description = PromiseRules.description(command.description());
        PromiseRules.promisee(command.promiserId(), command.promiseeId());
        Instant dueAt = PromiseRules.dueAt(command.dueAt(), GenericEventMessage.clock.instant());
        apply(new PromiseMade(command.promiseId(), command.coupleId(), command.promiserId(), command.promiseeId(),
                description, dueAt));
    }

    /** Either partner may record that it was kept. */
    @CommandHandler
    void handle(KeepPromise command) {
        requireSameCouple(command.coupleId());
        requirePartner(command.recordedBy());
        requireOpen();
        apply(new PromiseKept(id(), command.coupleId(), promiser(), promisee(), command.recordedBy(),
                PromiseRules.note(command.note())));
    }

    /** Only the promisee may say it was broken: the promiser cannot record the other's disappointment. */
    @CommandHandler
    void handle(BreakPromise command) {
        requireSameCouple(command.coupleId());
        requirePartner(command.recordedBy());
        if (!command.recordedBy().equals(promiseeId)) {
            throw new Rejection(ProblemType.NOT_ALLOWED, "only the promisee can record a broken promise");
        }
        requireOpen();
        apply(new PromiseBroken(id(), command.coupleId(), promiser(), promisee(), command.recordedBy(),
                PromiseRules.note(command.note())));
    }

    @EventSourcingHandler
    void on(PromiseMade event) {
        promiseId = event.promiseId();
        coupleId = event.coupleId();
        promiserId = event.promiserId();
        promiseeId = event.promiseeId();
        description = event.description();
        dueAt = event.dueAt();
        status = PromiseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(PromiseKept event) {
        status = PromiseStatus.KEPT;
    }

    @EventSourcingHandler
    void on(PromiseBroken event) {
        status = PromiseStatus.BROKEN;
    }

    private boolean isSameAs(MakePromise command) {
        return command.coupleId().equals(coupleId)
                && command.promiserId().equals(promiserId)
                && command.promiseeId().equals(promiseeId)
                && command.description().equals(description)
                && Objects.equals(command.dueAt(), dueAt);
    }

    // A promise of another couple does not exist for the caller: the same answer as an unknown one.
    private void requireSameCouple(String commandCoupleId) {
        if (!commandCoupleId.equals(coupleId)) {
            throw new Rejection(ProblemType.PROMISE_NOT_FOUND, "no promise " + promiseId + " in this couple");
        }
    }

    private void requirePartner(String userId) {
        if (!userId.equals(promiserId) && !userId.equals(promiseeId)) {
            throw new Rejection(ProblemType.NOT_ALLOWED, "only the promiser or the promisee can record an outcome");
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new Rejection(ProblemType.PROMISE_CLOSED, "the promise is already " + status.name().toLowerCase());
        }
    }

    private String id() {
        return Objects.requireNonNull(promiseId);
    }

    private String promiser() {
        return Objects.requireNonNull(promiserId);
    }

    private String promisee() {
        return Objects.requireNonNull(promiseeId);
    }
}
