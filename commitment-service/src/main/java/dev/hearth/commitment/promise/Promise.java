package dev.hearth.commitment.promise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
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
 * event into that state and its short {@link PromiseHistory}, which every outcome answers with, so
 * the answer needs no second read of the store. The description and the notes are sealed with the
 * couple's key ({@link Vault}, a handler parameter) before an event holds them: the state keeps them
 * sealed, and a fingerprint to recognise a retried make. Membership (is the caller in the couple, is
 * the promisee the partner) is checked at the edge before a command is sent: it is another service's
 * fact, learnt from Kafka.
 *
 * <p>A due time is a schedule: a {@code promise-due} deadline at {@code dueAt} + the miss grace,
 * whose id the events carry; an outcome cancels it, a renegotiation replaces it, and when it fires
 * on a promise still open with that due time the promise is missed. Outcomes are checked in one
 * order: the promise (404), the caller's role (403), a retry with the same {@code Idempotency-Key}
 * (the same answer again, or 409 {@code id-conflict}), then the promise's state (409 {@code promise-closed}).
 */
@Aggregate(cache = "aggregateCache")
public class Promise {

    @AggregateIdentifier
    private @Nullable String promiseId;
    private @Nullable PromiseHistory history;
    /** Fingerprints of the requests each partner sent with an Idempotency-Key, by "recordedBy|key". */
    private final Map<String, String> retries = new HashMap<>();

    protected Promise() {
        // Axon rebuilds the promise from its events.
    }

    /**
     * Makes the promise, or recognises a retry: the same promise id with the same content changes
     * nothing, with other content it is an id conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakePromise command, Vault vault, DeadlineManager deadlines, PromiseTimes times) {
        String description = PromiseRules.description(command.description());
        if (history != null) {
            if (!isSameAs(history.promise(), command, description, vault)) {
                throw new Rejection(ProblemType.ID_CONFLICT, "promise " + command.promiseId() + " already exists with other content");
            }
            return;
        }
        PromiseRules.promisee(command.promiserId(), command.promiseeId());
        Instant dueAt = PromiseRules.dueAt(command.dueAt(), now());
        apply(new PromiseMade(command.promiseId(), command.coupleId(), command.promiserId(), command.promiseeId(),
                vault.seal(descriptionOf(command.coupleId(), command.promiseId()), description),
                vault.fingerprint(contentOf(command.coupleId(), command.promiseId()), description), dueAt,
                schedule(deadlines, times, dueAt)));
    }

    /**
     * Either partner may record that it was kept: while open, or late while missed, within the
     * late-keep window after the due time. A keep after the due time says so ({@code late}).
     */
    @CommandHandler
    PromiseHistory handle(KeepPromise command, Vault vault, DeadlineManager deadlines, PromiseTimes times) {
        PromiseState promise = made(command.coupleId(), command.recordedBy());
        Instant now = now();
        return close(command, vault, deadlines, promise, () -> requireKeepable(promise, now, times), Promise::keptNoteOf,
                (promiseId, coupleId, promiserId, promiseeId, recordedBy, note, dueAt, retryKey) -> new PromiseKept(promiseId,
                        coupleId, promiserId, promiseeId, recordedBy, note, dueAt, dueAt != null && now.isAfter(dueAt), retryKey));
    }

    /** Only the promisee may say it was broken: the promiser cannot record the other's disappointment. */
    @CommandHandler
    PromiseHistory handle(BreakPromise command, Vault vault, DeadlineManager deadlines) {
        PromiseState promise = byPromisee(command, "only the promisee can record a broken promise");
        return close(command, vault, deadlines, promise, () -> requireOpen(promise), Promise::brokenNoteOf, PromiseBroken::new);
    }

    /** Only the promisee may let the promiser off, without blame, while the promise is open. */
    @CommandHandler
    PromiseHistory handle(ReleasePromise command, Vault vault, DeadlineManager deadlines) {
        PromiseState promise = byPromisee(command, "only the promisee can release a promise");
        return close(command, vault, deadlines, promise, () -> requireOpen(promise), Promise::releasedNoteOf, PromiseReleased::new);
    }

    /** Only the promiser may take the promise back, while it is open and before its due time. */
    @CommandHandler
    PromiseHistory handle(WithdrawPromise command, Vault vault, DeadlineManager deadlines) {
        PromiseState promise = byPromiser(command, "only the promiser can withdraw a promise");
        return close(command, vault, deadlines, promise, () -> requireBeforeDue(promise, "withdrawn"), Promise::withdrawnNoteOf,
                PromiseWithdrawn::new);
    }

    /**
     * Only the promiser may change the due time or the description, while the promise is open and
     * before its due time; at once (the promisee keeps the last word: release, or break). A new due
     * time replaces the deadline; values that change nothing write nothing.
     */
    @CommandHandler
    PromiseHistory handle(RenegotiatePromise command, Vault vault, DeadlineManager deadlines, PromiseTimes times) {
        PromiseState promise = byPromiser(command, "only the promiser can renegotiate a promise");
        if (isRetry(command, vault)) {
            return current();
        }
        requireBeforeDue(promise, "renegotiated");
        if (command.dueAt() == null && command.description() == null) {
            throw Rejection.invalid("dueAt", "dueAt or description is required");
        }
        Instant dueAt = PromiseRules.dueAt(command.dueAt(), now());
        String description = command.description() == null ? null : PromiseRules.description(command.description());
        boolean dueAtChanges = dueAt != null && !dueAt.equals(promise.dueAt());
        boolean descriptionChanges = description != null
                && !vault.matches(contentOf(promise.coupleId(), promise.promiseId()), promise.fingerprint(), description);
        if (!dueAtChanges && !descriptionChanges) {
            return current();
        }
        String deadlineId = null;
        if (dueAtChanges) {
            cancel(deadlines, promise);
            deadlineId = schedule(deadlines, times, dueAt);
        }
        apply(new PromiseRenegotiated(promise.promiseId(), command.coupleId(), promise.promiserId(), promise.promiseeId(),
                command.recordedBy(), promise.dueAt(), dueAtChanges ? dueAt : promise.dueAt(),
                descriptionChanges ? vault.seal(descriptionOf(promise.coupleId(), promise.promiseId()), description) : null,
                descriptionChanges ? vault.fingerprint(contentOf(promise.coupleId(), promise.promiseId()), description) : null,
                deadlineId, retryKey(command, vault)));
        return current();
    }

    /**
     * The due time (plus the grace) passed: a promise still open with the due time this deadline
     * guards is missed; any other firing (closed since, or renegotiated) is ignored. Every instance
     * may fire it, but one pick and the store's unique (aggregate, sequence) make one miss. A promise of
     * a couple a partner left is released instead (a straggler the leave did not reach), never missed;
     * one of an erased couple is left alone.
     */
    @DeadlineHandler(deadlineName = PromiseDue.DEADLINE)
    void on(PromiseDue due, DueFirings firings, CoupleStates couples) {
        PromiseState promise = current().promise();
        boolean isDue = promise.status() == PromiseStatus.OPEN && due.dueAt().equals(promise.dueAt());
        if (!isDue || couples.erased(promise.coupleId())) {
            firings.fired(false);
            return;
        }
        Optional<String> leaver = couples.leaver(promise.coupleId());
        if (leaver.isPresent()) {
            releaseOnLeave(promise, leaver.get());
            firings.fired(false);
            return;
        }
        apply(new PromiseMissed(promise.promiseId(), promise.coupleId(), promise.promiserId(), promise.promiseeId(),
                due.dueAt()));
        firings.fired(true);
    }

    /** Released because a partner left; one no longer open (kept, released before, or a redelivery) stays as it is. */
    @CommandHandler
    void handle(ReleaseOnLeave command, DeadlineManager deadlines) {
        PromiseState promise = current().promise();
        if (!command.coupleId().equals(promise.coupleId()) || promise.status() != PromiseStatus.OPEN) {
            return;
        }
        cancel(deadlines, promise);
        releaseOnLeave(promise, command.leaverId());
    }

    private void releaseOnLeave(PromiseState promise, String leaverId) {
        apply(new PromiseReleased(promise.promiseId(), promise.coupleId(), promise.promiserId(), promise.promiseeId(),
                leaverId, null, promise.dueAt(), null, PromiseReleased.PARTNER_LEFT));
    }

    @EventSourcingHandler
    void on(PromiseEvent event, @Timestamp Instant at) {
        history = PromiseHistory.after(history, event, at);
        promiseId = event.promiseId();
        RetryKey retryKey = switch (event) {
            case PromiseKept kept -> kept.retryKey();
            case PromiseBroken broken -> broken.retryKey();
            case PromiseReleased released -> released.retryKey();
            case PromiseWithdrawn withdrawn -> withdrawn.retryKey();
            case PromiseRenegotiated renegotiated -> renegotiated.retryKey();
            case PromiseMade made -> null;
            case PromiseMissed missed -> null;
        };
        if (retryKey != null) {
            retries.put(retryOf(recordedBy(event), retryKey.key()), retryKey.fingerprint());
        }
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

    /** What the note of a promise's release is sealed for. */
    public static Aad releasedNoteOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "released.note");
    }

    /** What the note of a promise's withdrawal is sealed for. */
    public static Aad withdrawnNoteOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "withdrawn.note");
    }

    /** What the request of an outcome sent with an Idempotency-Key is fingerprinted for. */
    static Aad requestOf(String coupleId, String promiseId) {
        return new Aad(coupleId, promiseId, "request");
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

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static @Nullable String schedule(DeadlineManager deadlines, PromiseTimes times, @Nullable Instant dueAt) {
        return dueAt == null ? null : deadlines.schedule(dueAt.plus(times.missGrace()), PromiseDue.DEADLINE, new PromiseDue(dueAt));
    }

    /** The one event an outcome with a note closes a promise with: the note as sealed, the retry key if any. */
    @FunctionalInterface
    private interface Closing {
        PromiseEvent event(String promiseId, String coupleId, String promiserId, String promiseeId, String recordedBy,
                           @Nullable Sealed note, @Nullable Instant dueAt, @Nullable RetryKey retryKey);
    }

    /**
     * Closes the promise with one event: a retry is answered again before any rule is checked; then
     * the action's rule, the note validated and sealed for what it belongs to, the deadline cancelled.
     */
    private PromiseHistory close(PromiseOutcome.Noted command, Vault vault, DeadlineManager deadlines, PromiseState promise,
                                 Runnable rule, BiFunction<String, String, Aad> noteFor, Closing closing) {
        if (isRetry(command, vault)) {
            return current();
        }
        rule.run();
        String note = PromiseRules.note(command.note());
        cancel(deadlines, promise);
        apply(closing.event(promise.promiseId(), command.coupleId(), promise.promiserId(), promise.promiseeId(),
                command.recordedBy(), note == null ? null : vault.seal(noteFor.apply(promise.coupleId(), promise.promiseId()), note),
                promise.dueAt(), retryKey(command, vault)));
        return current();
    }

    // A missed promise may still be kept late, within the late-keep window; otherwise it must be open.
    private static void requireKeepable(PromiseState promise, Instant now, PromiseTimes times) {
        Instant dueAt = promise.dueAt();
        if (promise.status() == PromiseStatus.MISSED && dueAt != null) {
            if (now.isAfter(dueAt.plus(times.lateKeepWindow()))) {
                throw new Rejection(ProblemType.PROMISE_CLOSED, "the promise was missed longer ago than a late keep allows");
            }
        } else {
            requireOpen(promise);
        }
    }

    // By id, never cancelAll*: that reads every pending deadline.
    private static void cancel(DeadlineManager deadlines, PromiseState promise) {
        if (promise.deadlineId() != null) {
            deadlines.cancelSchedule(PromiseDue.DEADLINE, promise.deadlineId());
        }
    }

    /**
     * Whether this is a retry of a request the caller sent with the same Idempotency-Key: the same
     * action and body are answered again with nothing written; anything else under the key is a conflict.
     */
    private boolean isRetry(PromiseOutcome command, Vault vault) {
        String key = command.idempotencyKey();
        String fingerprint = key == null ? null : retries.get(retryOf(command.recordedBy(), key));
        if (fingerprint == null) {
            return false;
        }
        PromiseState promise = current().promise();
        if (vault.matches(requestOf(promise.coupleId(), promise.promiseId()), fingerprint, command.request())) {
            return true;
        }
        throw new Rejection(ProblemType.ID_CONFLICT, "Idempotency-Key " + key + " was used for another request on this promise");
    }

    private @Nullable RetryKey retryKey(PromiseOutcome command, Vault vault) {
        if (command.idempotencyKey() == null) {
            return null;
        }
        PromiseState promise = current().promise();
        return new RetryKey(command.idempotencyKey(), vault.fingerprint(requestOf(promise.coupleId(), promise.promiseId()), command.request()));
    }

    private static String retryOf(String recordedBy, String key) {
        return recordedBy + "|" + key;
    }

    private static String recordedBy(PromiseEvent event) {
        return switch (event) {
            case PromiseKept kept -> kept.recordedBy();
            case PromiseBroken broken -> broken.recordedBy();
            case PromiseReleased released -> released.recordedBy();
            case PromiseWithdrawn withdrawn -> withdrawn.recordedBy();
            case PromiseRenegotiated renegotiated -> renegotiated.recordedBy();
            case PromiseMade made -> made.promiserId();
            case PromiseMissed missed -> "";
        };
    }

    private PromiseState byPromisee(PromiseOutcome command, String otherwise) {
        PromiseState promise = made(command.coupleId(), command.recordedBy());
        if (!command.recordedBy().equals(promise.promiseeId())) {
            throw new Rejection(ProblemType.NOT_ALLOWED, otherwise);
        }
        return promise;
    }

    private PromiseState byPromiser(PromiseOutcome command, String otherwise) {
        PromiseState promise = made(command.coupleId(), command.recordedBy());
        if (!command.recordedBy().equals(promise.promiserId())) {
            throw new Rejection(ProblemType.NOT_ALLOWED, otherwise);
        }
        return promise;
    }

    // Withdrawing or renegotiating at or after the due time would erase a miss in the making.
    private static void requireBeforeDue(PromiseState promise, String what) {
        requireOpen(promise);
        if (promise.dueAt() != null && !now().isBefore(promise.dueAt())) {
            throw new Rejection(ProblemType.PROMISE_CLOSED, "the promise is due: it can no longer be " + what);
        }
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
