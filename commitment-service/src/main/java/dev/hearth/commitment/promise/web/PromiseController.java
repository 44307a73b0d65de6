package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.membership.view.MembershipView;
import dev.hearth.commitment.promise.BreakPromise;
import dev.hearth.commitment.promise.KeepPromise;
import dev.hearth.commitment.promise.MakePromise;
import dev.hearth.commitment.promise.Promise;
import dev.hearth.commitment.promise.PromiseCommand;
import dev.hearth.commitment.promise.PromiseHistory;
import dev.hearth.commitment.promise.PromiseRules;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.commitment.promise.ReleasePromise;
import dev.hearth.commitment.promise.RenegotiatePromise;
import dev.hearth.commitment.promise.WithdrawPromise;
import dev.hearth.commitment.promise.view.PromiseDetails;
import dev.hearth.commitment.promise.view.PromiseFilter;
import dev.hearth.commitment.promise.view.PromiseList;
import dev.hearth.commitment.promise.view.PromisePage;
import dev.hearth.commitment.promise.view.StoredPromises;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.security.Memberships;
import dev.hearth.platform.web.IdempotencyKey;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promises of a couple. The platform's membership check has let only the couple's partners through
 * (a 404 {@code couple-not-found} otherwise, before the body is read); the body is then validated,
 * and only then is a command sent: a bad request never reaches the event store.
 */
@RestController
@RequestMapping("/api/couples/{coupleId}/promises")
class PromiseController {

    private final Memberships memberships;
    private final MembershipView couples;
    private final Commands commands;
    private final StoredPromises stored;
    private final PromiseList list;
    private final Vault vault;

    PromiseController(Memberships memberships, MembershipView couples, Commands commands, StoredPromises stored,
                      PromiseList list, Vault vault) {
        this.memberships = memberships;
        this.couples = couples;
        this.commands = commands;
        this.stored = stored;
        this.list = list;
        this.vault = vault;
    }

    /**
     * Makes a promise to the caller's partner. The same {@code promiseId} (or {@code Idempotency-Key})
     * with the same body answers the same 201 again; with another body, 409 {@code id-conflict}.
     */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<PromiseCreated> make(@PathVariable String coupleId, Caller caller,
                                        @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                                        @Valid @RequestBody MakePromiseRequest body) {
        String couple = Ids.canonical(coupleId);
        String promiserId = caller.userId();
        String promiseId = promiseId(couple, promiserId, body.promiseId(), idempotencyKey);
        PromiseRules.promisee(promiserId, body.promiseeId());
        couples.requireOpen(couple);
        requirePartner(couple, body.promiseeId());
        Instant dueAt = body.dueAt() == null ? null : body.dueAt().toInstant();

        commands.send(new MakePromise(promiseId, couple, promiserId, body.promiseeId(), body.description(), dueAt));
        return ResponseEntity.created(URI.create("/api/couples/" + couple + "/promises/" + promiseId))
                .body(new PromiseCreated(promiseId));
    }

    /**
     * Either partner records that the promise was kept (late, within the late-keep window, once
     * missed); answers the promise as it now stands. Like every outcome, an {@code Idempotency-Key}
     * makes a retry with the same body answer 200 again, with nothing written.
     */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.PROMISE_NOT_FOUND, ProblemType.PROMISE_CLOSED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/{promiseId}/keep")
    PromiseDetails keep(@PathVariable String coupleId, @PathVariable String promiseId, Caller caller,
                        @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                        @Valid @RequestBody(required = false) @Nullable OutcomeRequest body) {
        return outcome(coupleId, promiseId, (couple, id) ->
                new KeepPromise(id, couple, caller.userId(), OutcomeRequest.noteOf(body), idempotencyKey));
    }

    /** The promisee records that the promise was broken; answers the promise as it now stands. */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.PROMISE_NOT_FOUND, ProblemType.PROMISE_CLOSED, ProblemType.NOT_ALLOWED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/{promiseId}/break")
    PromiseDetails breakPromise(@PathVariable String coupleId, @PathVariable String promiseId, Caller caller,
                                @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                                @Valid @RequestBody(required = false) @Nullable OutcomeRequest body) {
        return outcome(coupleId, promiseId, (couple, id) ->
                new BreakPromise(id, couple, caller.userId(), OutcomeRequest.noteOf(body), idempotencyKey));
    }

    /** The promisee lets the promiser off, without blame, while the promise is open. */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.PROMISE_NOT_FOUND, ProblemType.PROMISE_CLOSED, ProblemType.NOT_ALLOWED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/{promiseId}/release")
    PromiseDetails release(@PathVariable String coupleId, @PathVariable String promiseId, Caller caller,
                           @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                           @Valid @RequestBody(required = false) @Nullable OutcomeRequest body) {
        return outcome(coupleId, promiseId, (couple, id) ->
                new ReleasePromise(id, couple, caller.userId(), OutcomeRequest.noteOf(body), idempotencyKey));
    }

    /** The promiser takes the promise back, while it is open and before its due time. */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.PROMISE_NOT_FOUND, ProblemType.PROMISE_CLOSED, ProblemType.NOT_ALLOWED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/{promiseId}/withdraw")
    PromiseDetails withdraw(@PathVariable String coupleId, @PathVariable String promiseId, Caller caller,
                            @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                            @Valid @RequestBody(required = false) @Nullable OutcomeRequest body) {
        return outcome(coupleId, promiseId, (couple, id) ->
                new WithdrawPromise(id, couple, caller.userId(), OutcomeRequest.noteOf(body), idempotencyKey));
    }

    /**
     * The promiser changes the due time, the description or both, at once, while the promise is open
     * and before its due time; values that change nothing answer 200 with nothing written.
     */
    @Answers({ProblemType.COUPLE_CLOSED, ProblemType.PROMISE_NOT_FOUND, ProblemType.PROMISE_CLOSED, ProblemType.NOT_ALLOWED, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/{promiseId}/renegotiate")
    PromiseDetails renegotiate(@PathVariable String coupleId, @PathVariable String promiseId, Caller caller,
                               @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey,
                               @Valid @RequestBody RenegotiateRequest body) {
        if (body.dueAt() == null && body.description() == null) {
            throw Rejection.invalid("dueAt", "dueAt or description is required");
        }
        Instant dueAt = body.dueAt() == null ? null : body.dueAt().toInstant();
        return outcome(coupleId, promiseId, (couple, id) ->
                new RenegotiatePromise(id, couple, caller.userId(), dueAt, body.description(), idempotencyKey));
    }

    /** One promise with its history, read from the event store: it always includes the caller's own last write. */
    @Answers({ProblemType.PROMISE_NOT_FOUND})
    @GetMapping("/{promiseId}")
    PromiseDetails get(@PathVariable String coupleId, @PathVariable String promiseId) {
        return details(Ids.canonical(coupleId), existingPromiseId(promiseId));
    }

    /** The couple's promises, newest first, from the projection: eventually consistent, usually within milliseconds. */
    @GetMapping
    PromisePage list(@PathVariable String coupleId,
                     @RequestParam(required = false) @Nullable String status,
                     @RequestParam(required = false) @Nullable String promiserId,
                     @RequestParam(required = false) @Nullable String dueAfter,
                     @RequestParam(required = false) @Nullable String dueBefore,
                     @RequestParam(required = false) @Nullable Integer limit,
                     @RequestParam(required = false) @Nullable String cursor) {
        if (promiserId != null && !promiserId.matches(Ids.USER_ID_PATTERN)) {
            throw Rejection.invalid("promiserId", "promiserId must be a user id");
        }
        Instant after = instant("dueAfter", dueAfter);
        Instant before = instant("dueBefore", dueBefore);
        if (after != null && before != null && !after.isBefore(before)) {
            throw Rejection.invalid("dueAfter", "dueAfter must be before dueBefore");
        }
        return list.page(Ids.canonical(coupleId), new PromiseFilter(status(status), promiserId, after, before),
                limit == null ? PromiseList.DEFAULT_LIMIT : limit, cursor);
    }

    // The aggregate answers with the promise as the command left it: no second read of the store.
    private PromiseDetails outcome(String coupleId, String promiseId, OutcomeCommand command) {
        String couple = Ids.canonical(coupleId);
        String id = existingPromiseId(promiseId);
        couples.requireOpen(couple);
        PromiseHistory after = commands.send(command.of(couple, id));
        return PromiseDetails.of(Objects.requireNonNull(after, "outcomes answer with the promise"), vault);
    }

    // The partner may have joined a moment ago: the membership check waits for them as for the caller.
    private void requirePartner(String coupleId, String promiseeId) {
        if (!memberships.awaitMember(coupleId, promiseeId)) {
            throw Rejection.invalid("promiseeId", "promiseeId must be your partner in this couple");
        }
    }

    private static String promiseId(String coupleId, String promiserId, @Nullable String promiseId,
                                    @Nullable String idempotencyKey) {
        if (promiseId != null) {
            return Ids.canonical(promiseId);
        }
        if (idempotencyKey != null) {
            // The same key from the same caller in the same couple names the same promise.
            String name = "promise|" + coupleId + "|" + promiserId + "|" + idempotencyKey;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    private static String existingPromiseId(String promiseId) {
        return Ids.entityId(promiseId).orElseThrow(() -> Promise.notFound(promiseId));
    }

    private PromiseDetails details(String coupleId, String promiseId) {
        return stored.find(coupleId, promiseId).map(history -> PromiseDetails.of(history, vault)).orElseThrow(() -> Promise.notFound(promiseId));
    }

    private static @Nullable PromiseStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PromiseStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("status", "status must be one of " + Arrays.stream(PromiseStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    // ISO-8601 with an offset, as every time the API answers.
    private static @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Rejection.invalid(name, name + " must be an ISO-8601 date-time with an offset, like 2026-03-01T09:00:00Z");
        }
    }

    /** The command recording an outcome, for the canonical couple and promise ids. */
    @FunctionalInterface
    private interface OutcomeCommand {
        PromiseCommand of(String coupleId, String promiseId);
    }
}
