package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.membership.Memberships;
import dev.hearth.commitment.promise.BreakPromise;
import dev.hearth.commitment.promise.KeepPromise;
import dev.hearth.commitment.promise.MakePromise;
import dev.hearth.commitment.promise.PromiseRules;
import dev.hearth.commitment.promise.PromiseStatus;
import dev.hearth.commitment.promise.view.PromiseDetails;
import dev.hearth.commitment.promise.view.PromiseHistory;
import dev.hearth.commitment.promise.view.PromiseList;
import dev.hearth.commitment.promise.view.PromisePage;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promises of a couple. Every endpoint first checks that the caller belongs to the couple (a 404
 * {@code couple-not-found} otherwise, the same as for an unknown couple), then validates, and only
 * then sends a command: a bad request never reaches the event store.
 */
@RestController
@RequestMapping("/api/couples/{coupleId}/promises")
class PromiseController {

    private final Memberships memberships;
    private final CommandGateway commands;
    private final PromiseHistory history;
    private final PromiseList list;

    PromiseController(Memberships memberships, CommandGateway commands, PromiseHistory history, PromiseList list) {
        this.memberships = memberships;
        this.commands = commands;
        this.history = history;
        this.list = list;
    }

    /**
     * Makes a promise to the caller's partner. The same {@code promiseId} (or {@code Idempotency-Key})
     * with the same body answers the same 201 again; with another body, 409 {@code id-conflict}.
     */
    @PostMapping
    ResponseEntity<PromiseCreated> make(@PathVariable String coupleId, @AuthenticationPrincipal Jwt caller,
                                        @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
                                        @RequestBody MakePromiseRequest body) {
        String promiserId = caller.getSubject();
        requireMember(coupleId, promiserId);
        if (body.recurrence() != null) {
            throw Rejection.invalid("recurrence", "recurrence: recurring promises are not supported yet");
        }
        String promiseId = promiseId(coupleId, promiserId, body.promiseId(), idempotencyKey);
        String promiseeId = body.promiseeId();
        if (promiseeId == null || !Ids.isUserId(promiseeId)) {
            throw Rejection.invalid("promiseeId", "promiseeId must be your partner's user id");
        }
        String description = PromiseRules.description(body.description());
        PromiseRules.promisee(promiserId, promiseeId);
        requirePartner(coupleId, promiserId, promiseeId);
        Instant dueAt = body.dueAt() == null ? null : body.dueAt().toInstant();

        commands.sendAndWait(new MakePromise(promiseId, coupleId, promiserId, promiseeId, description, dueAt));
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/promises/" + promiseId))
                .body(new PromiseCreated(promiseId));
    }

    /** Either partner records that the promise was kept; answers the promise as it now stands. */
    @PostMapping("/{promiseId}/keep")
    PromiseDetails keep(@PathVariable String coupleId, @PathVariable String promiseId,
                        @AuthenticationPrincipal Jwt caller, @RequestBody(required = false) @Nullable OutcomeRequest body) {
        String recordedBy = caller.getSubject();
        requireMember(coupleId, recordedBy);
        String id = existingPromiseId(promiseId);
        String note = PromiseRules.note(orEmpty(body).note());
        commands.sendAndWait(new KeepPromise(id, coupleId, recordedBy, note));
        return details(coupleId, id);
    }

    /** The promisee records that the promise was broken; answers the promise as it now stands. */
    @PostMapping("/{promiseId}/break")
    PromiseDetails breakPromise(@PathVariable String coupleId, @PathVariable String promiseId,
                                @AuthenticationPrincipal Jwt caller, @RequestBody(required = false) @Nullable OutcomeRequest body) {
        String recordedBy = caller.getSubject();
        requireMember(coupleId, recordedBy);
        String id = existingPromiseId(promiseId);
        String note = PromiseRules.note(orEmpty(body).note());
        commands.sendAndWait(new BreakPromise(id, coupleId, recordedBy, note));
        return details(coupleId, id);
    }

    /** One promise with its history, read from the event store: it always includes the caller's own last write. */
    @GetMapping("/{promiseId}")
    PromiseDetails get(@PathVariable String coupleId, @PathVariable String promiseId, @AuthenticationPrincipal Jwt caller) {
        requireMember(coupleId, caller.getSubject());
        return details(coupleId, existingPromiseId(promiseId));
    }

    /** The couple's promises, newest first, from the projection: eventually consistent, usually within milliseconds. */
    @GetMapping
    PromisePage list(@PathVariable String coupleId, @AuthenticationPrincipal Jwt caller,
                     @RequestParam(required = false) @Nullable String status,
                     @RequestParam(required = false) @Nullable Integer limit,
                     @RequestParam(required = false) @Nullable String cursor) {
        requireMember(coupleId, caller.getSubject());
        return list.page(coupleId, status(status), limit == null ? PromiseList.DEFAULT_LIMIT : limit, cursor);
    }

    static Rejection promiseNotFound() {
        return new Rejection(ProblemType.PROMISE_NOT_FOUND, "No such promise in this couple");
    }

    // A malformed couple id cannot be a couple: answer at once instead of waiting for the membership view.
    private void requireMember(String coupleId, String userId) {
        if (!Ids.isUuid(coupleId)) {
            throw new Rejection(ProblemType.COUPLE_NOT_FOUND, "No couple " + coupleId + " of yours");
        }
        memberships.requireMember(coupleId, userId);
    }

    // The partner may have joined a moment ago: give the membership view the same bounded wait.
    private void requirePartner(String coupleId, String promiserId, String promiseeId) {
        boolean partner = memberships.partnerOf(coupleId, promiserId).map(promiseeId::equals).orElse(false)
                || memberships.awaitMember(coupleId, promiseeId);
        if (!partner) {
            throw Rejection.invalid("promiseeId", "promiseeId must be your partner in this couple");
        }
    }

    private static String promiseId(String coupleId, String promiserId, @Nullable String promiseId,
                                    @Nullable String idempotencyKey) {
        if (promiseId != null) {
            if (!Ids.isUuid(promiseId)) {
                throw Rejection.invalid("promiseId", "promiseId must be a UUID");
            }
            return Ids.normalizedUuid(promiseId);
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            // The same key from the same caller in the same couple names the same promise.
            String name = "promise|" + coupleId + "|" + promiserId + "|" + idempotencyKey;
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return UUID.randomUUID().toString();
    }

    private static String existingPromiseId(String promiseId) {
        if (!Ids.isUuid(promiseId)) {
            throw promiseNotFound();
        }
        return Ids.normalizedUuid(promiseId);
    }

    private PromiseDetails details(String coupleId, String promiseId) {
        return history.find(coupleId, promiseId).orElseThrow(PromiseController::promiseNotFound);
    }

    private static @Nullable PromiseStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PromiseStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("status", "status must be one of OPEN, KEPT, BROKEN");
        }
    }

    private static OutcomeRequest orEmpty(@Nullable OutcomeRequest body) {
        return body == null ? OutcomeRequest.EMPTY : body;
    }
}
