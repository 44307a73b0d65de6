package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.CoupleCommand;
import dev.hearth.journal.couple.EraseCouple;
import dev.hearth.journal.couple.LeaveCouple;
import dev.hearth.journal.couple.StartCouple;
import dev.hearth.journal.couple.view.Couples;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.web.Created;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Couples. Everything under {@code /api/couples/{coupleId}} is for its partners only: the platform's
 * membership check answers outsiders 404 {@code couple-not-found} before a controller runs.
 */
@RestController
@RequestMapping("/api/couples")
record CoupleController(Commands commands, Couples couples) {

    @Answers({ProblemType.ID_CONFLICT, ProblemType.ALREADY_IN_COUPLE})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CoupleCreated> start(@Valid @RequestBody StartCoupleRequest request, Caller caller) {
        String coupleId = request.coupleId() == null ? UUID.randomUUID().toString() : Ids.canonical(request.coupleId());
        commands.send(new StartCouple(coupleId, caller.userId(), request.timezone()));
        return Created.at("/api/couples/" + coupleId, new CoupleCreated(coupleId));
    }

    /**
     * The caller leaves: their access ends at once, their private entries become unreadable, and the
     * couple is closed (read-only for whoever remains). The last partner to leave erases it:
     * {@code status} {@code ERASED}. No body is read.
     */
    @Answers({ProblemType.CONCURRENT_CHANGE})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{coupleId}/leave")
    CoupleLeft leave(@PathVariable String coupleId, Caller caller) {
        return end(coupleId, caller, LeaveCouple::new, CoupleLeft::new);
    }

    /**
     * Any current partner erases the couple, alone and at once: its keys are destroyed, so nothing
     * anyone wrote in it can be read again, anywhere. Export first. No body is read.
     */
    @Answers({ProblemType.CONCURRENT_CHANGE})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @DeleteMapping("/{coupleId}")
    CoupleErasure erase(@PathVariable String coupleId, Caller caller) {
        return end(coupleId, caller, EraseCouple::new, CoupleErasure::new);
    }

    /** Read from the couple's own event stream: a partner sees a join the moment it has been accepted. */
    @GetMapping("/{coupleId}")
    CoupleView get(@PathVariable String coupleId, Caller caller) {
        return couples.find(Ids.canonical(coupleId))
                .filter(couple -> couple.hasPartner(caller.userId()))
                .map(CoupleView::of)
                .orElseThrow(() -> Rejection.coupleNotFound(coupleId));
    }

    /**
     * Leaving and erasing: the caller's command on the couple, answered with the couple's id and what
     * the command returns (the couple's status, or when it was erased), which it always does.
     */
    private <R, A> A end(String coupleId, Caller caller, BiFunction<String, String, CoupleCommand> command,
                         BiFunction<String, R, A> answer) {
        String couple = Ids.canonical(coupleId);
        R outcome = commands.send(command.apply(couple, caller.userId()));
        return answer.apply(couple, Objects.requireNonNull(outcome, "ending a couple answers its outcome"));
    }
}
