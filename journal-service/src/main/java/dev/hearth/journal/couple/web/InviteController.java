package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.AcceptInvite;
import dev.hearth.journal.couple.Couple;
import dev.hearth.journal.couple.CoupleRegistry;
import dev.hearth.journal.couple.InviteCode;
import dev.hearth.journal.couple.InvitePartner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InviteController {

    private final CoupleCommands commands;
    private final CoupleRegistry registry;
    private final Clock clock;
    private final InviteProperties properties;
    private final SecureRandom random = new SecureRandom();

    InviteController(CoupleCommands commands, CoupleRegistry registry, Clock clock, InviteProperties properties) {
        this.commands = commands;
        this.registry = registry;
        this.clock = clock;
        this.properties = properties;
    }

    /** The code is made here and shown once; the aggregate and the database only ever see its hash. */
    @PostMapping("/api/couples/{coupleId}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    InviteCreated invite(@PathVariable String coupleId, @AuthenticationPrincipal Jwt caller) {
        String id = CoupleIds.parse(coupleId).orElseThrow(() -> Couple.coupleNotFound(coupleId));
        InviteCode code = InviteCode.random(random);
        Instant expiresAt = clock.instant().plus(properties.ttl()).truncatedTo(ChronoUnit.SECONDS);
        commands.send(new InvitePartner(id, caller.getSubject(), code.hash(), expiresAt), id);
        return new InviteCreated(code.value(), expiresAt);
    }

    @PostMapping("/api/invites/{code}/accept")
    CoupleJoined accept(@PathVariable String code, @RequestBody(required = false) @Nullable AcceptInviteRequest request,
                        @AuthenticationPrincipal Jwt caller) {
        String hash = InviteCode.parse(code).map(InviteCode::hash).orElseThrow(Couple::inviteNotFound);
        String coupleId = registry.coupleOfInvite(hash).orElseThrow(Couple::inviteNotFound);
        commands.send(new AcceptInvite(coupleId, hash, caller.getSubject(), clock.instant()), coupleId);
        return new CoupleJoined(coupleId);
    }
}
