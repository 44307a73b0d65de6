package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.AcceptInvite;
import dev.hearth.journal.couple.Couple;
import dev.hearth.journal.couple.CoupleRegistry;
import dev.hearth.journal.couple.InviteCode;
import dev.hearth.journal.couple.InvitePartner;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.web.IdempotencyKey;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InviteController {

    private final Commands commands;
    private final CoupleRegistry registry;
    private final Clock clock;
    private final InviteProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final byte[] secret;

    InviteController(Commands commands, CoupleRegistry registry, Clock clock, InviteProperties properties) {
        this.commands = commands;
        this.registry = registry;
        this.clock = clock;
        this.properties = properties;
        this.secret = properties.secretBytes();
    }

    /**
     * The code is made here and shown once; the aggregate and the database only ever see its hash.
     * With an {@code Idempotency-Key} the code is derived from it, so a retry recomputes the same code
     * and, while that invite is open, gets the same 201 with no new event.
     */
    @Answers({ProblemType.COUPLE_FULL, ProblemType.ID_CONFLICT, ProblemType.CONCURRENT_CHANGE, ProblemType.COUPLE_CLOSED})
    @PostMapping("/api/couples/{coupleId}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    InviteCreated invite(@PathVariable String coupleId, Caller caller,
                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String idempotencyKey) {
        String couple = Ids.canonical(coupleId);
        InviteCode code = idempotencyKey == null
                ? InviteCode.random(random)
                : InviteCode.keyed(secret, couple, caller.userId(), idempotencyKey);
        Instant expiresAt = clock.instant().plus(properties.ttl()).truncatedTo(ChronoUnit.SECONDS);
        Instant expires = commands.send(new InvitePartner(couple, caller.userId(), code.hash(), expiresAt, idempotencyKey != null));
        return new InviteCreated(code.value(), Objects.requireNonNull(expires, "an invite answers when it expires"));
    }

    @Answers({ProblemType.INVITE_NOT_FOUND, ProblemType.INVITE_EXPIRED, ProblemType.ALREADY_IN_COUPLE, ProblemType.COUPLE_FULL, ProblemType.CONCURRENT_CHANGE})
    @PostMapping("/api/invites/{code}/accept")
    CoupleJoined accept(@PathVariable String code, @Valid @RequestBody(required = false) @Nullable AcceptInviteRequest request,
                        Caller caller) {
        String hash = InviteCode.parse(code).map(InviteCode::hash).orElseThrow(Couple::inviteNotFound);
        String coupleId = registry.coupleOfInvite(hash).orElseThrow(Couple::inviteNotFound);
        commands.send(new AcceptInvite(coupleId, hash, caller.userId(), clock.instant()));
        return new CoupleJoined(coupleId);
    }
}
