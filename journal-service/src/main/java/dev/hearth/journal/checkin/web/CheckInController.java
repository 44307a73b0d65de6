package dev.hearth.journal.checkin.web;

import dev.hearth.journal.checkin.RecordCheckIn;
import dev.hearth.journal.checkin.view.CheckInList;
import dev.hearth.journal.checkin.view.CheckInPage;
import dev.hearth.journal.view.ListPages;
import dev.hearth.journal.web.CreatesInCouple;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.web.Created;
import dev.hearth.platform.web.IdempotencyKeyHeader;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A partner's safety check-ins: recorded by the caller, listed for the caller alone. */
@RestController
@RequestMapping("/api/couples/{coupleId}/check-ins")
record CheckInController(Commands commands, CheckInList list) {

    /** Records a check-in; the same {@code Idempotency-Key} and body answer the same 201. */
    @CreatesInCouple
    ResponseEntity<CheckInCreated> checkIn(@PathVariable String coupleId, Caller caller, IdempotencyKeyHeader idempotencyKey,
                                           @Valid @RequestBody CheckInRequest body) {
        String couple = Ids.canonical(coupleId);
        String checkInId = idempotencyKey.idFor("check-in", couple, caller.userId(), null);
        commands.send(new RecordCheckIn(checkInId, couple, caller.userId(), Objects.requireNonNull(body.safety()).intValueExact(),
                body.mood()));
        return Created.answering(new CheckInCreated(checkInId));
    }

    /** The caller's own check-ins, newest first. */
    @GetMapping
    CheckInPage list(@PathVariable String coupleId, Caller caller,
                     @RequestParam(required = false) @Nullable Integer limit,
                     @RequestParam(required = false) @Nullable String cursor) {
        return list.page(Ids.canonical(coupleId), caller.userId(), ListPages.limit(limit), cursor);
    }
}
