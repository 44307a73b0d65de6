package dev.hearth.journal.conflict.web;

import dev.hearth.journal.conflict.AttemptRepair;
import dev.hearth.journal.conflict.Conflict;
import dev.hearth.journal.conflict.OpenConflict;
import dev.hearth.journal.conflict.ResolveConflict;
import dev.hearth.journal.conflict.view.ConflictDetails;
import dev.hearth.journal.conflict.view.ConflictList;
import dev.hearth.journal.conflict.view.ConflictPage;
import dev.hearth.journal.conflict.view.Conflicts;
import dev.hearth.journal.view.ListPages;
import dev.hearth.journal.web.CreatesInCouple;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.web.Created;
import dev.hearth.platform.web.IdempotencyKeyHeader;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A couple's conflicts: open, repair, resolve, read. Membership is checked before any of these runs. */
@RestController
@RequestMapping("/api/couples/{coupleId}/conflicts")
record ConflictController(Commands commands, Conflicts conflicts, ConflictList list) {

    /** Opens a conflict; the same {@code conflictId} (or {@code Idempotency-Key}) and topic answer the same 201. */
    @CreatesInCouple
    ResponseEntity<ConflictCreated> open(@PathVariable String coupleId, Caller caller, IdempotencyKeyHeader idempotencyKey,
                                         @Valid @RequestBody OpenConflictRequest body) {
        String couple = Ids.canonical(coupleId);
        String conflictId = idempotencyKey.idFor("conflict", couple, caller.userId(), body.conflictId());
        commands.send(new OpenConflict(conflictId, couple, caller.userId(), Objects.requireNonNull(body.topic())));
        return Created.at("/api/couples/" + couple + "/conflicts/" + conflictId, new ConflictCreated(conflictId));
    }

    /** Either partner attempts a repair of an open conflict; answers the conflict as it now stands. */
    @Answers({ProblemType.CONFLICT_NOT_FOUND, ProblemType.CONFLICT_RESOLVED, ProblemType.CONCURRENT_CHANGE, ProblemType.COUPLE_CLOSED})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{conflictId}/repairs")
    ResponseEntity<ConflictDetails> repair(@PathVariable String coupleId, @PathVariable String conflictId, Caller caller,
                                           @Valid @RequestBody(required = false) @Nullable RepairRequest body) {
        String couple = Ids.canonical(coupleId);
        String id = existing(conflictId);
        commands.send(new AttemptRepair(id, couple, caller.userId(), RepairRequest.noteOf(body)));
        return Created.answering(details(couple, id));
    }

    /** Either partner resolves an open conflict; answers the conflict as it now stands. */
    @Answers({ProblemType.CONFLICT_NOT_FOUND, ProblemType.CONFLICT_RESOLVED, ProblemType.CONCURRENT_CHANGE, ProblemType.COUPLE_CLOSED})
    @PostMapping("/{conflictId}/resolve")
    ConflictDetails resolve(@PathVariable String coupleId, @PathVariable String conflictId, Caller caller,
                            @Valid @RequestBody ResolveRequest body) {
        String couple = Ids.canonical(coupleId);
        String id = existing(conflictId);
        commands.send(new ResolveConflict(id, couple, caller.userId(), Objects.requireNonNull(body.resolution())));
        return details(couple, id);
    }

    /** One conflict with every repair, from its own events. */
    @Answers({ProblemType.CONFLICT_NOT_FOUND})
    @GetMapping("/{conflictId}")
    ConflictDetails get(@PathVariable String coupleId, @PathVariable String conflictId) {
        return details(Ids.canonical(coupleId), existing(conflictId));
    }

    /** Open conflicts first, then resolved ones, newest first, from the journal view. */
    @GetMapping
    ConflictPage list(@PathVariable String coupleId,
                      @RequestParam(required = false) @Nullable Integer limit,
                      @RequestParam(required = false) @Nullable String cursor) {
        return list.page(Ids.canonical(coupleId), ListPages.limit(limit), cursor);
    }

    private ConflictDetails details(String coupleId, String conflictId) {
        return conflicts.find(coupleId, conflictId).orElseThrow(() -> Conflict.notFound(conflictId));
    }

    private static String existing(String conflictId) {
        return Ids.entityId(conflictId).orElseThrow(() -> Conflict.notFound(conflictId));
    }
}
