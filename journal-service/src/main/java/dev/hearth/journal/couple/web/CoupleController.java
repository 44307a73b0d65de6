package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.Couple;
import dev.hearth.journal.couple.CoupleDetails;
import dev.hearth.journal.couple.StartCouple;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/couples")
class CoupleController {

    private final CoupleCommands commands;
    private final EventStore eventStore;

    CoupleController(CoupleCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping
    ResponseEntity<CoupleCreated> start(@Valid @RequestBody StartCoupleRequest request, @AuthenticationPrincipal Jwt caller) {
        String coupleId = request.coupleId() == null ? UUID.randomUUID().toString() : CoupleIds.canonical(request.coupleId());
        commands.send(new StartCouple(coupleId, caller.getSubject(), request.timezone()), coupleId);
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId)).body(new CoupleCreated(coupleId));
    }

    /** Read from the couple's own event stream: a partner sees a join the moment it has been accepted. */
    @GetMapping("/{coupleId}")
    CoupleView get(@PathVariable String coupleId, @AuthenticationPrincipal Jwt caller) {
        return CoupleIds.parse(coupleId)
                .flatMap(id -> CoupleDetails.replay(payloadsOf(id)))
                .filter(couple -> couple.hasPartner(caller.getSubject()))
                .map(CoupleView::of)
                .orElseThrow(() -> Couple.coupleNotFound(coupleId));
    }

    private List<Object> payloadsOf(String coupleId) {
        return eventStore.readEvents(coupleId).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
