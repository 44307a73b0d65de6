package dev.hearth.commitment.promise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

/**
 * A promise from one partner (the promiser) to the other (the promisee). Command handlers decide
 * from the promise's {@link PromiseState} and the command; the one event-sourcing handler folds each
 * event into that state and its short {@link PromiseHistory}, which keep and break answer with, so
 * the answer needs no second read of the store. The description and the notes are sealed with the
 * couple's key ({@link Vault}, a handler parameter) before an event holds them: the state keeps them
 * sealed, and a fingerprint to recognise a retried make. Membership (is the caller in the couple, is
 * the promisee the partner) is checked at the edge before a command is sent: it is another service's
 * fact, learnt from Kafka.
 */
@Aggregate(cache = "aggregateCache")
public class Promise {

    @AggregateIdentifier
    private @Nullable String promiseId;
    private @Nullable PromiseHistory history;

    protected Promise() {
        // Axon rebuilds the promise from its events.
    }

    /**
     * Makes the promise, or recognises a retry: the same promise id with the same content changes
     * nothing, with other content it is an id conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakePromise command, Vault vault) {
        String description = PromiseRules.description(command.description());
        if (history != null) {
            if (!isSameAs(history.promise(), command, description, vault)) {
                throw new Rejection(ProblemType.ID_CONFLICT, "promise " + command.promiseId() + " already exists with other content");
            }
            return;
        }
        PromiseRules.promisee(command.promiserId(), command.promiseeId());
        Instant dueAt = PromiseRules.dueAt(command.dueAt(), GenericEventMessage.clock.instant());
        apply(new PromiseMade(command.promiseId(), command.coupleId(), command.promiserId(), command.promiseeId(),
                vault.seal(descriptionOf(command.coupleId(), command.promiseId()), description),
                vault.fingerprint(contentOf(command.coupleId(), command.promiseId()), description), dueAt));
    }

    /** Either partner may record that it was kept; answers the promise as it now stands. */
    @CommandHandler
    PromiseHistory handle(KeepPromise command, Vault vault) {
        PromiseState promise = openOutcome(command.coupleId(), command.recordedBy());
        String note = PromiseRules.note(command.note());
        apply(new PromiseKept(promise.promiseId(), command.coupleId(), promise.promiserId(), promise.promiseeId(),
                command.recordedBy(), note == null ? null : vault.seal(keptNoteOf(promise.coupleId(), promise.promiseId()), note)));
        return current();
    }

    /**
     * Only the promisee may say it was broken: the promiser cannot record the other's disappointment.
     * Answers the promise as it now stands.
     */
    @CommandHandler
    PromiseHistory handle(BreakPromise command, Vault vault) {
        PromiseState promise = made(command.coupleId(), command.recordedBy());
        if (!command.recordedBy().equals(promise.promiseeId())) {
            throw new Rejection(ProblemType.NOT_ALLOWED, "only the promisee can record a broken promise");
        }
        requireOpen(promise);
        String note = PromiseRules.note(command.note());
        apply(new PromiseBroken(promise.promiseId(), command.coupleId(), promise.promiserId(), promise.promiseeId(),
                command.recordedBy(), note == null ? null : vault.seal(brokenNoteOf(promise.coupleId(), promise.promiseId()), note)));
        return current();
    }

    @EventSourcingHandler
    void on(PromiseEvent event, @Timestamp Instant at) {
        history = PromiseHistory.after(history, event, at);
        promiseId = event.promiseId();
    }

    /** The answer for a promise that does not exist in the caller's couple, whether it exists elsewhere or not. */
    public static Rejection notFound(String promiseId) {
        return new Rejection(ProblemType.PROMISE_NOT_FOUND, "No promise " + promiseId + " in this couple");
    }

    /** What a promise's description is sealed for. */
    public static Aad descriptionOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "description");
    }

    /** What the note of a promise's keep is sealed for. */
    public static Aad keptNoteOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "kept.note");
    }

    /** What the note of a promise's break is sealed for. */
    public static Aad brokenNoteOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "broken.note");
    }

    /** What a promise's fingerprint is computed for: the description, as validated. */
    static Aad contentOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "content");
    }

    // The words are compared by their fingerprint: the state keeps none in clear.
    private static boolean isSameAs(PromiseState promise, MakePromise command, String description, Vault vault) {
        return command.coupleId().equals(promise.coupleId())
                && command.promiserId().equals(promise.promiserId())
                && command.promiseeId().equals(promise.promiseeId())
                && Objects.equals(command.dueAt(), promise.dueAt())
                && vault.matches(contentOf(promise.coupleId(), promise.promiseId()), promise.fingerprint(), description);
    }

    private PromiseState openOutcome(String coupleId, String recordedBy) {
        PromiseState promise = made(coupleId, recordedBy);
        requireOpen(promise);
        return promise;
    }

    // Applying an event to a live aggregate folds it at once: this already holds the event just applied.
    private PromiseHistory current() {
        return Objects.requireNonNull(history, "a loaded promise has been made");
    }

    // A promise of another couple does not exist for the caller: the same answer as an unknown one.
    private PromiseState made(String coupleId, String recordedBy) {
        PromiseState promise = current().promise();
        if (!coupleId.equals(promise.coupleId())) {
            throw notFound(promise.promiseId());
        }
        if (!promise.isBetween(recordedBy)) {
            throw new Rejection(ProblemType.NOT_ALLOWED, "only the promiser or the promisee can record an outcome");
        }
        return promise;
    }

    private static void requireOpen(PromiseState promise) {
        if (promise.status().isClosed()) {
            throw new Rejection(ProblemType.PROMISE_CLOSED, "the promise is already " + promise.status().name().toLowerCase());
        }
    }
}
