package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.AcceptInvite;
import dev.hearth.journal.couple.Couple;
import dev.hearth.journal.couple.CoupleRegistry;
import dev.hearth.journal.couple.InviteCode;
import dev.hearth.journal.couple.InvitePartner;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.security.Caller;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InviteController {

    private final Commands commands;
    private final CoupleRegistry registry;
    private final Clock clock;
    private final InviteProperties properties;
    private final SecureRandom random = new SecureRandom();

    InviteController(Commands commands, CoupleRegistry registry, Clock clock, InviteProperties properties) {
        this.commands = commands;
        this.registry = registry;
        this.clock = clock;
        this.properties = properties;
    }

    /** The code is made here and shown once; the aggregate and the database only ever see its hash. */
    @PostMapping("/api/couples/{coupleId}/invites")
    @ResponseStatus(HttpStatus.CREATED)
    InviteCreated invite(@PathVariable String coupleId, Caller caller) {
        InviteCode code = InviteCode.random(random);
        Instant expiresAt = clock.instant().plus(properties.ttl()).truncatedTo(ChronoUnit.SECONDS);
        commands.send(new InvitePartner(Ids.canonical(coupleId), caller.userId(), code.hash(), expiresAt));
        return new InviteCreated(code.value(), expiresAt);
    }

    @PostMapping("/api/invites/{code}/accept")
    CoupleJoined accept(@PathVariable String code, @Valid @RequestBody(required = false) @Nullable AcceptInviteRequest request,
                        Caller caller) {
        String hash = InviteCode.parse(code).map(InviteCode::hash).orElseThrow(Couple::inviteNotFound);
        String coupleId = registry.coupleOfInvite(hash).orElseThrow(Couple::inviteNotFound);
        commands.send(new AcceptInvite(coupleId, hash, caller.userId(), clock.instant()));
        return new CoupleJoined(coupleId);
    }
}
